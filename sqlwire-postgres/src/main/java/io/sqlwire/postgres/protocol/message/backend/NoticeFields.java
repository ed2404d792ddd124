package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of an ErrorResponse or NoticeResponse, by their one-byte code: {@code S} severity
 * (localized), {@code V} severity (never localized), {@code C} SQLSTATE, {@code M} message,
 * {@code D} detail, {@code H} hint, {@code P} position, {@code p} internal position, {@code q}
 * internal query, {@code W} where, {@code s} schema, {@code t} table, {@code c} column, {@code d}
 * data type, {@code n} constraint, {@code F} file, {@code L} line, {@code R} routine.
 */
public record NoticeFields(Map<Character, String> values) {

    public NoticeFields {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static NoticeFields decode(MessageReader r) {
        Map<Character, String> values = new LinkedHashMap<>();
        for (int code = r.byte1("field code"); code != 0; code = r.byte1("field code")) {
            values.put((char) code, r.cstring("field " + (char) code));
        }
        r.expectEnd();
        return new NoticeFields(values);
    }

    /** The value of a field, or {@code null}. */
    public String get(char code) {
        return values.get(code);
    }

    /** The non-localized severity ({@code V}, PostgreSQL 9.6+), else the localized one. */
    public String severity() {
        String v = values.get('V');
        return v != null ? v : values.get('S');
    }

    public String sqlState() {
        return values.get('C');
    }

    public String message() {
        String m = values.get('M');
        return m != null ? m : "";
    }
}
