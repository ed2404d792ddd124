package io.sqlwire.core.transport;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the canonical text of the few options transport and routing use. A duration is a number
 * of seconds ({@code 10}, {@code 2.5}), a number with a unit ({@code 500ms}, {@code 10s},
 * {@code 2min}) or ISO-8601 ({@code PT10S}); zero or negative means "not set".
 */
public final class OptionText {
    private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|m|min|h)?");

    private OptionText() {
    }

    /** The duration option, or {@code null} when unset or not positive. */
    public static Duration duration(ConnectOptions options, String name) {
        return options.option(name).map(v -> parseDuration(name, v)).orElse(null);
    }

    /** Parses a duration as described on the class; {@code null} for zero or negative values. */
    public static Duration parseDuration(String name, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            double scale = switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> 1;
                case "m", "min" -> 60_000;
                case "h" -> 3_600_000;
                default -> 1000;
            };
            d = Duration.ofMillis(Math.round(n * scale));
        } else {
            try {
                d = Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidOptionException(name, "invalid " + name + " \"" + text
                        + "\": expected seconds (e.g. 10) or a duration (e.g. 500ms, 10s, PT10S)");
            }
        }
        return d.isZero() || d.isNegative() ? null : d;
    }

    /** A boolean option: 1/0, true/false, on/off, yes/no. */
    public static boolean bool(ConnectOptions options, String name, boolean dflt) {
        return options.option(name).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "on", "yes" -> true;
            case "0", "false", "off", "no" -> false;
            default -> throw new InvalidOptionException(name, "invalid " + name + " \"" + v + "\": expected 1 or 0");
        }).orElse(dflt);
    }

    /** An integer option. */
    public static int integer(ConnectOptions options, String name, int dflt) {
        return options.option(name).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new InvalidOptionException(name, "invalid " + name + " \"" + v + "\": expected an integer");
            }
        }).orElse(dflt);
    }
}
