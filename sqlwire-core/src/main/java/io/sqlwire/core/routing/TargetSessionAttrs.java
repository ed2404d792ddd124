package io.sqlwire.core.routing;

import io.sqlwire.InvalidOptionException;
import java.util.Locale;

/** Which server of a host list a connection is for: libpq's {@code target_session_attrs}. */
public enum TargetSessionAttrs {
    /** Any server that accepts the connection. */
    ANY("any", "any server"),
    /** A server that accepts writes: not read-only by default and not a standby. */
    READ_WRITE("read-write", "a read-write server"),
    /** A read-only server: read-only by default or a standby. */
    READ_ONLY("read-only", "a read-only server"),
    /** A server that is not a standby (a read-only primary counts). */
    PRIMARY("primary", "a primary"),
    /** A standby. */
    STANDBY("standby", "a standby"),
    /** A standby if any host is one; otherwise any server (a second pass). */
    PREFER_STANDBY("prefer-standby", "a standby");

    private final String optionValue;
    private final String wants;

    TargetSessionAttrs(String optionValue, String wants) {
        this.optionValue = optionValue;
        this.wants = wants;
    }

    /**
     * Parses an option value: {@code any}, {@code read-write}, {@code read-only}, {@code primary},
     * {@code standby}, {@code prefer-standby} (case-insensitive; {@code _} works for {@code -}).
     *
     * @throws InvalidOptionException naming the bad value and the valid ones
     */
    public static TargetSessionAttrs parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TargetSessionAttrs t : values()) {
            if (t.optionValue.equals(v)) {
                return t;
            }
        }
        throw new InvalidOptionException("target_session_attrs", "invalid target_session_attrs \"" + value
                + "\" (valid: any, read-write, read-only, primary, standby, prefer-standby)");
    }

    /** The option value, e.g. {@code read-write}. */
    public String optionValue() {
        return optionValue;
    }

    /** Whether a server's role must be checked after login (everything except {@link #ANY}). */
    public boolean needsRoleCheck() {
        return this != ANY;
    }

    /**
     * Whether a server with this role is accepted. For {@link #PREFER_STANDBY} this is the first
     * pass, which accepts only standbys; the {@link Router} runs the second pass.
     */
    public boolean accepts(ServerRole role) {
        return switch (this) {
            case ANY -> true;
            case READ_WRITE -> role.readWrite();
            case READ_ONLY -> !role.readWrite();
            case PRIMARY -> !role.hotStandby();
            case STANDBY, PREFER_STANDBY -> role.hotStandby();
        };
    }

    /** Why a server was passed over: {@code is a standby, target_session_attrs=read-write wants a read-write server}. */
    public String rejection(ServerRole role) {
        return role.describe() + ", target_session_attrs=" + optionValue + " wants " + wants;
    }

    @Override
    public String toString() {
        return optionValue;
    }
}
