package io.sqlwire;

import java.util.Arrays;

/**
 * A password or passphrase. Its {@link #toString()} never shows the value, so a secret can sit
 * in a record, a log line or an exception message without leaking. Call {@link #reveal()} only
 * where the value is put on the wire.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Wraps a value; {@code null} gives {@code null}. */
    public static Secret of(String value) {
        return value == null ? null : new Secret(value.toCharArray());
    }

    /** The value in clear. */
    public String reveal() {
        return new String(value);
    }

    /** Whether the secret is the empty string. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "********";
    }
}
