package io.sqlwire.postgres.session;

import io.sqlwire.Column;
import io.sqlwire.postgres.protocol.message.backend.RowDescription;
import io.sqlwire.postgres.type.PgTypes;
import java.util.Map;

/** Names and sizes of the built-in types by OID, for {@code Cursor.description}. */
public final class PgTypeNames {
    public static final int BOOL = 16;
    public static final int BYTEA = 17;
    public static final int INT8 = 20;
    public static final int INT2 = 21;
    public static final int INT4 = 23;
    public static final int TEXT = 25;
    public static final int FLOAT4 = 700;
    public static final int FLOAT8 = 701;
    public static final int BPCHAR = 1042;
    public static final int VARCHAR = 1043;
    public static final int DATE = 1082;
    public static final int TIME = 1083;
    public static final int TIMESTAMP = 1114;
    public static final int TIMESTAMPTZ = 1184;
    public static final int NUMERIC = 1700;
    public static final int UUID = 2950;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(BOOL, "bool"), Map.entry(BYTEA, "bytea"), Map.entry(18, "char"), Map.entry(19, "name"),
            Map.entry(INT8, "int8"), Map.entry(INT2, "int2"), Map.entry(INT4, "int4"), Map.entry(24, "regproc"),
            Map.entry(TEXT, "text"), Map.entry(26, "oid"), Map.entry(28, "xid"), Map.entry(114, "json"),
            Map.entry(142, "xml"), Map.entry(194, "pg_node_tree"), Map.entry(600, "point"), Map.entry(650, "cidr"),
            Map.entry(FLOAT4, "float4"), Map.entry(FLOAT8, "float8"), Map.entry(705, "unknown"),
            Map.entry(790, "money"), Map.entry(829, "macaddr"), Map.entry(869, "inet"), Map.entry(1000, "_bool"),
            Map.entry(1005, "_int2"), Map.entry(1007, "_int4"), Map.entry(1009, "_text"), Map.entry(1016, "_int8"),
            Map.entry(1015, "_varchar"), Map.entry(1021, "_float4"), Map.entry(1022, "_float8"),
            Map.entry(1033, "aclitem"), Map.entry(BPCHAR, "bpchar"), Map.entry(VARCHAR, "varchar"),
            Map.entry(DATE, "date"), Map.entry(TIME, "time"), Map.entry(TIMESTAMP, "timestamp"),
            Map.entry(TIMESTAMPTZ, "timestamptz"), Map.entry(1186, "interval"), Map.entry(1231, "_numeric"),
            Map.entry(1266, "timetz"), Map.entry(1560, "bit"), Map.entry(1562, "varbit"), Map.entry(NUMERIC, "numeric"),
            Map.entry(2205, "regclass"), Map.entry(2249, "record"), Map.entry(2275, "cstring"),
            Map.entry(2278, "void"), Map.entry(UUID, "uuid"), Map.entry(2951, "_uuid"), Map.entry(3220, "pg_lsn"),
            Map.entry(3614, "tsvector"), Map.entry(3615, "tsquery"), Map.entry(3802, "jsonb"),
            Map.entry(3904, "int4range"), Map.entry(3926, "int8range"), Map.entry(4089, "regnamespace"),
            Map.entry(4096, "regrole"), Map.entry(5038, "pg_snapshot"));

    private PgTypeNames() {
    }

    /** The type name, or {@code oid:<n>} for a type not built in (an enum, a domain, an extension type). */
    public static String name(int oid) {
        String n = PgTypes.name(oid);
        if (n == null) {
            n = NAMES.get(oid);
        }
        return n != null ? n : "oid:" + Integer.toUnsignedString(oid);
    }

    /**
     * A description entry. Precision and scale come from the type modifier: for numeric,
     * {@code typmod - 4} holds precision in the high 16 bits and scale in the low 16; for
     * varchar and bpchar, {@code typmod - 4} is the length.
     */
    public static Column column(RowDescription.Field f) {
        int oid = f.typeOid();
        int mod = f.typeModifier();
        int display = -1;
        int precision = -1;
        int scale = -1;
        if (oid == NUMERIC && mod >= 4) {
            precision = (mod - 4) >>> 16;
            scale = (mod - 4) & 0xFFFF;
            display = precision + 2;
        } else if ((oid == VARCHAR || oid == BPCHAR) && mod >= 4) {
            display = mod - 4;
        } else if (oid == INT2 || oid == INT4 || oid == INT8) {
            precision = oid == INT2 ? 5 : oid == INT4 ? 10 : 19;
            scale = 0;
        }
        int internal = f.typeSize() > 0 ? f.typeSize() : -1;
        return new Column(f.name(), name(oid), display, internal, precision, scale, null);
    }
}
