package io.sqlwire.postgres.session;

import io.sqlwire.SqlwireException;
import io.sqlwire.Warning;
import io.sqlwire.core.error.ExceptionFactory;
import io.sqlwire.postgres.PgServerError;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;

/** Turns ErrorResponse and NoticeResponse fields into sqlwire exceptions and warnings. */
public final class PgErrors {
    private static final ExceptionFactory FACTORY = ExceptionFactory.standard();

    private PgErrors() {
    }

    /**
     * The DB-API exception for a server error: its class comes from the SQLSTATE, its message is
     * the server's message plus the detail and hint (the severity and SQLSTATE are fields of the
     * exception, not repeated in the text, as on every backend), and its cause is the
     * {@link PgServerError} with every field.
     */
    public static SqlwireException toException(NoticeFields f) {
        return toException(null, f);
    }

    /** As {@link #toException(NoticeFields)}, prefixed with where it happened (e.g. {@code connection to h:5432 failed}). */
    public static SqlwireException toException(String context, NoticeFields f) {
        StringBuilder m = new StringBuilder();
        if (context != null) {
            m.append(context).append(": ");
        }
        m.append(f.message());
        if (f.get('D') != null) {
            m.append("\nDETAIL: ").append(f.get('D'));
        }
        if (f.get('H') != null) {
            m.append("\nHINT: ").append(f.get('H'));
        }
        return FACTORY.create(m.toString(), f.sqlState(), 0, new PgServerError(f.values()));
    }

    public static Warning toWarning(NoticeFields f) {
        return new Warning(f.severity(), f.sqlState(), 0, f.message());
    }
}
