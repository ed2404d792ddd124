package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of an option: how its text is validated, what its canonical text form is, and the
 * Java value backends read. Every value is stored in {@link io.sqlwire.ConnectOptions} as
 * canonical text (or a {@link Secret}) and parsed again by {@link Option#get}.
 *
 * @param <T> the Java type backends read
 */
public sealed interface OptionType<T> {

    Text TEXT = new Text();
    Bool BOOL = new Bool();
    FilePath PATH = new FilePath();
    SecretText SECRET = new SecretText();
    HostList HOSTS = new HostList();
    PortList PORTS = new PortList();

    /**
     * Parses and validates the text form.
     *
     * @param option the option name, for the message
     * @throws InvalidOptionException naming the option and the expected form
     */
    T parse(String option, String text);

    /** The canonical text form of a value. */
    String format(T value);

    /** The type as written in the option reference, e.g. {@code integer (0-65535)}. */
    String describe();

    /** The canonical text of a value given in code or a connection string. */
    default String canonical(String option, Object value) {
        if (value instanceof Duration) {
            throw new InvalidOptionException(option, "option \"" + option + "\" takes " + describe() + ", not a duration");
        }
        String text = value instanceof Secret s ? s.reveal() : value.toString();
        return format(parse(option, text));
    }

    /** Whether the value must be held as a {@link Secret}. */
    default boolean secret() {
        return false;
    }

    /** Rejects values this backend does not accept; most types accept the same values everywhere. */
    default void checkBackend(String option, Backend backend, String canonicalText) {
    }

    static IntRange intRange(int min, int max) {
        return new IntRange(min, max);
    }

    static Seconds seconds() {
        return new Seconds(ChronoUnit.SECONDS);
    }

    static Seconds millis() {
        return new Seconds(ChronoUnit.MILLIS);
    }

    static Choice choice(String... values) {
        return choice(List.of(values));
    }

    static Choice choice(List<String> values) {
        return new Choice(List.copyOf(values), Map.of(), Map.of());
    }

    private static InvalidOptionException invalid(String option, String text, String expected) {
        return new InvalidOptionException(option,
                "invalid value \"" + text + "\" for " + option + ": expected " + expected);
    }

    /** Any string, kept as given. */
    record Text() implements OptionType<String> {
        public String parse(String option, String text) {
            return text;
        }

        public String format(String value) {
            return value;
        }

        public String describe() {
            return "string";
        }
    }

    /** An integer within a range. */
    record IntRange(int min, int max) implements OptionType<Integer> {
        public Integer parse(String option, String text) {
            try {
                int v = Integer.parseInt(text.strip());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below with the expected range
            }
            throw invalid(option, text, "an integer from " + min + " to " + max);
        }

        public String format(Integer value) {
            return value.toString();
        }

        public String describe() {
            return max == Integer.MAX_VALUE ? "integer (>= " + min + ")" : "integer (" + min + "-" + max + ")";
        }
    }

    /** A boolean written as true/false, 1/0, yes/no or on/off, ignoring case. */
    record Bool() implements OptionType<Boolean> {
        public Boolean parse(String option, String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> true;
                case "false", "0", "no", "off" -> false;
                default -> throw invalid(option, text, "true/false, 1/0, yes/no or on/off");
            };
        }

        public String format(Boolean value) {
            return value.toString();
        }

        public String describe() {
            return "boolean";
        }
    }

    /**
     * A duration. A plain number is in the row's unit; a suffix {@code ms}, {@code s},
     * {@code min} or {@code h} names another unit. The canonical text is a plain number in the row's unit.
     */
    record Seconds(ChronoUnit unit) implements OptionType<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h)?");

        public Duration parse(String option, String text) {
            Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw invalid(option, text, describe() + ", e.g. " + (unit == ChronoUnit.MILLIS ? "500 or 2s" : "10 or 500ms"));
            }
            long unitMillis = m.group(2) == null ? unit.getDuration().toMillis() : switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "min" -> 60_000L;
                default -> 3_600_000L;
            };
            BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis));
            return Duration.ofMillis(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        }

        public String format(Duration value) {
            BigDecimal inUnit = BigDecimal.valueOf(value.toMillis())
                    .divide(BigDecimal.valueOf(unit.getDuration().toMillis()));
            return inUnit.stripTrailingZeros().toPlainString();
        }

        public String describe() {
            return unit == ChronoUnit.MILLIS ? "duration (milliseconds)" : "duration (seconds)";
        }

        @Override
        public String canonical(String option, Object value) {
            if (value instanceof Duration d) {
                if (d.isNegative()) {
                    throw new InvalidOptionException(option, "invalid duration " + d + " for " + option + ": must not be negative");
                }
                return format(Duration.ofMillis(d.toMillis()));
            }
            return OptionType.super.canonical(option, value);
        }
    }

    /**
     * One of a fixed set of words, matched ignoring case. Synonyms map other spellings to a value;
     * a backend may accept only some of the values.
     */
    record Choice(List<String> values, Map<String, String> synonyms, Map<Backend, List<String>> only)
            implements OptionType<String> {

        /** The same choice with other spellings of its values, e.g. {@code REQUIRED} for {@code require}. */
        public Choice withSynonyms(String... pairs) {
            Map<String, String> m = new java.util.LinkedHashMap<>(synonyms);
            for (int i = 0; i < pairs.length; i += 2) {
                m.put(pairs[i].toLowerCase(Locale.ROOT), pairs[i + 1]);
            }
            return new Choice(values, m, only);
        }

        /** The same choice, with a backend restricted to some of the values. */
        public Choice only(Backend backend, String... allowed) {
            Map<Backend, List<String>> m = new java.util.EnumMap<>(Backend.class);
            m.putAll(only);
            m.put(backend, List.of(allowed));
            return new Choice(values, synonyms, m);
        }

        public String parse(String option, String text) {
            String t = text.strip();
            for (String v : values) {
                if (v.equalsIgnoreCase(t)) {
                    return v;
                }
            }
            String s = synonyms.get(t.toLowerCase(Locale.ROOT));
            if (s != null) {
                return s;
            }
            throw invalid(option, text, "one of " + String.join(", ", values));
        }

        public String format(String value) {
            return value;
        }

        public String describe() {
            return "one of " + String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
        }

        @Override
        public void checkBackend(String option, Backend backend, String canonicalText) {
            List<String> allowed = only.get(backend);
            if (allowed != null && !allowed.contains(canonicalText)) {
                throw new InvalidOptionException(option, option + "=" + canonicalText + " is not supported by backend "
                        + backend + ": expected one of " + String.join(", ", allowed));
            }
        }
    }

    /**
     * A comma list of words from a fixed set. When negatable, each word may start with {@code !},
     * but negated and plain words may not be mixed (libpq's {@code require_auth} rule).
     */
    record ChoiceList(List<String> values, boolean negatable) implements OptionType<List<String>> {
        public List<String> parse(String option, String text) {
            List<String> out = new ArrayList<>();
            int negated = 0;
            for (String raw : text.split(",", -1)) {
                String item = raw.strip();
                boolean neg = negatable && item.startsWith("!");
                String word = neg ? item.substring(1) : item;
                String match = values.stream().filter(v -> v.equalsIgnoreCase(word)).findFirst()
                        .orElseThrow(() -> invalid(option, text, "a comma list of " + String.join(", ", values)));
                negated += neg ? 1 : 0;
                out.add(neg ? "!" + match : match);
            }
            if (negated != 0 && negated != out.size()) {
                throw new InvalidOptionException(option, "invalid value \"" + text + "\" for " + option
                        + ": negated (!) and plain methods cannot be mixed");
            }
            return List.copyOf(out);
        }

        public String format(List<String> value) {
            return String.join(",", value);
        }

        public String describe() {
            return "comma list of " + String.join(", ", values.stream().map(v -> "`" + v + "`").toList())
                    + (negatable ? " (each may be negated with `!`)" : "");
        }
    }

    /** A file or directory path, taken as given (no {@code ~} expansion). */
    record FilePath() implements OptionType<Path> {
        public Path parse(String option, String text) {
            try {
                return Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw invalid(option, text, "a file path");
            }
        }

        public String format(Path value) {
            return value.toString();
        }

        public String describe() {
            return "path";
        }
    }

    /** A password or passphrase: held as a {@link Secret}, never printed. */
    record SecretText() implements OptionType<Secret> {
        public Secret parse(String option, String text) {
            return Secret.of(text);
        }

        public String format(Secret value) {
            return value.toString();
        }

        public String describe() {
            return "secret";
        }

        @Override
        public boolean secret() {
            return true;
        }
    }

    /** A comma list of host names, IP literals (brackets optional) or socket paths; an empty item means the default. */
    record HostList() implements OptionType<List<String>> {
        public List<String> parse(String option, String text) {
            return Arrays.stream(text.split(",", -1)).map(String::strip)
                    .map(h -> h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h)
                    .toList();
        }

        public String format(List<String> value) {
            return String.join(",", value);
        }

        public String describe() {
            return "host list";
        }
    }

    /** A comma list of ports; an empty item means the backend's default port (0 in the parsed list). */
    record PortList() implements OptionType<List<Integer>> {
        public List<Integer> parse(String option, String text) {
            List<Integer> out = new ArrayList<>();
            for (String raw : text.split(",", -1)) {
                String p = raw.strip();
                if (p.isEmpty()) {
                    out.add(0);
                    continue;
                }
                int port = p.chars().allMatch(Character::isDigit) && p.length() <= 5 ? Integer.parseInt(p) : -1;
                if (port < 1 || port > 65535) {
                    throw new InvalidOptionException(option, "invalid port \"" + p + "\" in \"" + option + "=" + text
                            + "\" (expected 1-65535)");
                }
                out.add(port);
            }
            return List.copyOf(out);
        }

        public String format(List<Integer> value) {
            return String.join(",", value.stream().map(p -> p == 0 ? "" : p.toString()).toList());
        }

        public String describe() {
            return "port list";
        }
    }
}
