package io.sqlwire.core.routing;

/**
 * What a server reported about itself after login, for {@link TargetSessionAttrs}. PostgreSQL
 * reports {@code default_transaction_read_only} and {@code in_hot_standby}; MySQL derives them from
 * {@code @@read_only} and replication status.
 *
 * @param readOnly whether new transactions are read-only by default
 * @param hotStandby whether the server is a standby (in recovery, a replica)
 */
public record ServerRole(boolean readOnly, boolean hotStandby) {

    /** A writable primary. */
    public static final ServerRole PRIMARY = new ServerRole(false, false);
    /** A primary whose transactions are read-only by default. */
    public static final ServerRole READ_ONLY_PRIMARY = new ServerRole(true, false);
    /** A hot standby (always read-only). */
    public static final ServerRole STANDBY = new ServerRole(true, true);

    /** Whether the server accepts writes: neither read-only nor a standby. */
    public boolean readWrite() {
        return !readOnly && !hotStandby;
    }

    /** For messages: {@code is a standby}, {@code is read-only}, {@code is a read-write primary}. */
    public String describe() {
        if (hotStandby) {
            return "is a standby";
        }
        return readOnly ? "is read-only" : "is a read-write primary";
    }
}
