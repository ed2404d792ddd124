package io.sqlwire.postgres;

import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import java.util.Map;
import java.util.Optional;

/**
 * Every field of a PostgreSQL ErrorResponse. It is the cause of the DB-API exception sqlwire
 * throws for a server error; find it with {@link #of(Throwable)}:
 * <pre>{@code
 * catch (IntegrityException e) {
 *     PgServerError.of(e).map(PgServerError::constraint).ifPresent(...);
 * }
 * }</pre>
 */
public final class PgServerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient NoticeFields fields;

    /** @param fields the ErrorResponse fields by their one-byte code */
    public PgServerError(Map<Character, String> fields) {
        this(new NoticeFields(fields));
    }

    private PgServerError(NoticeFields fields) {
        super(fields.severity() + ": " + fields.message(), null, false, false);
        this.fields = fields;
    }

    /** The server error behind {@code e} (or one of its causes), if any. */
    public static Optional<PgServerError> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgServerError p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every field by its one-byte code, in the order the server sent them. */
    public Map<Character, String> fields() {
        return fields.values();
    }

    /** ERROR, FATAL or PANIC (not localized when the server sends the {@code V} field). */
    public String severity() {
        return fields.severity();
    }

    public String sqlState() {
        return fields.sqlState();
    }

    /** The primary message. */
    public String serverMessage() {
        return fields.message();
    }

    public String detail() {
        return fields.get('D');
    }

    public String hint() {
        return fields.get('H');
    }

    /** The 1-based character position in the query, or 0. */
    public int position() {
        String p = fields.get('P');
        return p == null ? 0 : Integer.parseInt(p);
    }

    /** The call stack context ({@code W}). */
    public String where() {
        return fields.get('W');
    }

    public String schema() {
        return fields.get('s');
    }

    public String table() {
        return fields.get('t');
    }

    public String column() {
        return fields.get('c');
    }

    public String dataType() {
        return fields.get('d');
    }

    public String constraint() {
        return fields.get('n');
    }
}
