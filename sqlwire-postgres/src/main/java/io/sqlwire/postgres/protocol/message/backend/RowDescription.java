package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;
import java.util.ArrayList;
import java.util.List;

/**
 * RowDescription {@code T}: Int16 field count, then per field String name, Int32 table OID,
 * Int16 column attribute number, Int32 type OID, Int16 type size (negative = variable),
 * Int32 type modifier, Int16 format code.
 */
public record RowDescription(List<Field> fields) implements BackendMessage {

    /** One column of the result. */
    public record Field(String name, int tableOid, int columnAttribute, int typeOid, int typeSize,
            int typeModifier, int format) {
    }

    public RowDescription {
        fields = List.copyOf(fields);
    }

    static RowDescription decode(MessageReader r) {
        int n = r.int16("field count") & 0xFFFF;
        List<Field> fields = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fields.add(new Field(r.cstring("column name"), r.int32("table oid"), r.int16("column attribute"),
                    r.int32("type oid"), r.int16("type size"), r.int32("type modifier"), r.int16("format")));
        }
        r.expectEnd();
        return new RowDescription(fields);
    }
}
