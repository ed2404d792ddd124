package io.sqlwire.core.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reads of option values for backends. The option table validates values when it resolves
 * them; these readers accept the same spellings so a backend also works with options built by the
 * {@link ConnectOptions} record constructor.
 */
public final class SessionOptions {

    private SessionOptions() {
    }

    /**
     * A boolean option: {@code true/false}, {@code on/off}, {@code yes/no}, {@code 1/0}.
     *
     * @throws InvalidOptionException naming the option and the bad value
     */
    public static boolean flag(ConnectOptions options, String name, boolean defaultValue) {
        Optional<String> raw = options.option(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new InvalidOptionException(name, "invalid " + name + " \"" + raw.get()
                    + "\": expected true or false");
        };
    }

    /**
     * A duration option: a plain number of milliseconds, a number with a unit ({@code 500ms},
     * {@code 5s}, {@code 2min}), or ISO-8601 ({@code PT5S}).
     *
     * @throws InvalidOptionException naming the option and the bad value
     */
    public static Duration duration(ConnectOptions options, String name, Duration defaultValue) {
        Optional<String> raw = options.option(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String text = raw.get().strip().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt") || text.startsWith("p")) {
                return nonNegative(name, raw.get(), Duration.parse(text.toUpperCase(Locale.ROOT)));
            }
            int unitAt = 0;
            while (unitAt < text.length() && Character.isDigit(text.charAt(unitAt))) {
                unitAt++;
            }
            long amount = Long.parseLong(text.substring(0, unitAt));
            return switch (text.substring(unitAt).strip()) {
                case "", "ms" -> Duration.ofMillis(amount);
                case "s", "sec" -> Duration.ofSeconds(amount);
                case "min" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> throw badDuration(name, raw.get(), null);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw badDuration(name, raw.get(), e);
        }
    }

    private static Duration nonNegative(String name, String raw, Duration d) {
        if (d.isNegative()) {
            throw badDuration(name, raw, null);
        }
        return d;
    }

    private static InvalidOptionException badDuration(String name, String raw, Throwable cause) {
        return new InvalidOptionException(name, "invalid " + name + " \"" + raw
                + "\": expected milliseconds or a duration such as 500ms, 5s or PT5S", cause);
    }
}
