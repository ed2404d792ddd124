package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The OIDs and names of PostgreSQL's built-in types, which are fixed in every server version,
 * with the mapping between an array type and its element type. Codecs match on the OID, so a
 * {@link TypeRef} from a RowDescription (which carries no name) can be built with {@link #ref(int)}.
 */
public final class PgTypes {
    /** The backend name in every PostgreSQL {@link TypeRef}. */
    public static final String BACKEND = "postgresql";

    /** OID 0: a parameter whose type the server infers from context. */
    public static final int UNSPECIFIED = 0;
    public static final int BOOL = 16;
    public static final int BYTEA = 17;
    public static final int CHAR = 18;
    public static final int NAME = 19;
    public static final int INT8 = 20;
    public static final int INT2 = 21;
    public static final int INT4 = 23;
    public static final int TEXT = 25;
    public static final int OID = 26;
    public static final int JSON = 114;
    public static final int XML = 142;
    public static final int CIDR = 650;
    public static final int FLOAT4 = 700;
    public static final int FLOAT8 = 701;
    public static final int UNKNOWN = 705;
    public static final int MONEY = 790;
    public static final int INET = 869;
    public static final int BPCHAR = 1042;
    public static final int VARCHAR = 1043;
    public static final int DATE = 1082;
    public static final int TIME = 1083;
    public static final int TIMESTAMP = 1114;
    public static final int TIMESTAMPTZ = 1184;
    public static final int INTERVAL = 1186;
    public static final int TIMETZ = 1266;
    public static final int NUMERIC = 1700;
    public static final int UUID = 2950;
    public static final int JSONB = 3802;

    private static final Map<Integer, String> NAMES = new HashMap<>();
    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    private static final Map<Integer, Integer> ARRAY_OF = new HashMap<>();
    private static final Map<Integer, Integer> ELEMENT_OF = new HashMap<>();

    static {
        defineScalars();
        defineOthers();
    }

    private static void defineScalars() {
        def(BOOL, 1000, "bool", "boolean");
        def(BYTEA, 1001, "bytea");
        def(CHAR, 1002, "char", "\"char\"");
        def(NAME, 1003, "name");
        def(INT8, 1016, "int8", "bigint");
        def(INT2, 1005, "int2", "smallint");
        def(22, 1006, "int2vector");
        def(INT4, 1007, "int4", "integer", "int");
        def(24, 1008, "regproc");
        def(TEXT, 1009, "text");
        def(OID, 1028, "oid");
        def(27, 1010, "tid");
        def(28, 1011, "xid");
        def(29, 1012, "cid");
        def(30, 1013, "oidvector");
        def(JSON, 199, "json");
        def(XML, 143, "xml");
        def(600, 1017, "point");
        def(601, 1018, "lseg");
        def(602, 1019, "path");
        def(603, 1020, "box");
        def(604, 1027, "polygon");
        def(628, 629, "line");
        def(CIDR, 651, "cidr");
    }

    private static void defineOthers() {
        def(FLOAT4, 1021, "float4", "real");
        def(FLOAT8, 1022, "float8", "double precision", "float");
        def(UNKNOWN, 0, "unknown");
        def(718, 719, "circle");
        def(774, 775, "macaddr8");
        def(MONEY, 791, "money");
        def(829, 1040, "macaddr");
        def(INET, 1041, "inet");
        def(BPCHAR, 1014, "bpchar", "character");
        def(VARCHAR, 1015, "varchar", "character varying");
        def(DATE, 1182, "date");
        def(TIME, 1183, "time", "time without time zone");
        def(TIMESTAMP, 1115, "timestamp", "timestamp without time zone");
        def(TIMESTAMPTZ, 1185, "timestamptz", "timestamp with time zone");
        def(INTERVAL, 1187, "interval");
        def(TIMETZ, 1270, "timetz", "time with time zone");
        def(1560, 1561, "bit");
        def(1562, 1563, "varbit", "bit varying");
        def(NUMERIC, 1231, "numeric", "decimal");
        def(1790, 2201, "refcursor");
        def(2205, 2210, "regclass");
        def(2206, 2211, "regtype");
        def(2249, 2287, "record");
        def(2278, 0, "void");
        def(UUID, 2951, "uuid");
        def(3614, 3643, "tsvector");
        def(3615, 3645, "tsquery");
        def(JSONB, 3807, "jsonb");
        def(4072, 4073, "jsonpath");
        def(3904, 3905, "int4range");
        def(3906, 3907, "numrange");
        def(3908, 3909, "tsrange");
        def(3910, 3911, "tstzrange");
        def(3912, 3913, "daterange");
        def(3926, 3927, "int8range");
    }

    private PgTypes() {
    }

    private static void def(int oid, int arrayOid, String name, String... aliases) {
        NAMES.put(oid, name);
        BY_NAME.put(name, oid);
        for (String alias : aliases) {
            BY_NAME.put(alias, oid);
        }
        if (arrayOid != 0) {
            NAMES.put(arrayOid, "_" + name);
            BY_NAME.put("_" + name, arrayOid);
            ARRAY_OF.put(oid, arrayOid);
            ELEMENT_OF.put(arrayOid, oid);
        }
    }

    /** The name of a built-in type ({@code int4}, {@code _int4} for its array), or {@code null}. */
    public static String name(int oid) {
        return NAMES.get(oid);
    }

    /**
     * The OID of the built-in type called {@code typeName}, or 0 when it is not built in. Accepts the
     * internal names ({@code int4}, {@code _int4}), the SQL spellings ({@code integer}, {@code double
     * precision}), any letter case, and {@code []} after a name for its array type.
     */
    public static int oidOf(String typeName) {
        String n = typeName.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith("[]")) {
            return arrayOf(oidOf(n.substring(0, n.length() - 2)));
        }
        Integer oid = BY_NAME.get(n);
        return oid == null ? 0 : oid;
    }

    /** The OID of the array type whose elements are {@code elementOid}, or 0. */
    public static int arrayOf(int elementOid) {
        return ARRAY_OF.getOrDefault(elementOid, 0);
    }

    /** The element OID of the array type {@code arrayOid}, or 0 when it is not a known array type. */
    public static int elementOf(int arrayOid) {
        return ELEMENT_OF.getOrDefault(arrayOid, 0);
    }

    /** Whether {@code oid} is a known built-in array type. */
    public static boolean isArray(int oid) {
        return ELEMENT_OF.containsKey(oid);
    }

    /** The type reference for {@code oid}: its name ("" when unknown) and the ARRAY flag for array types. */
    public static TypeRef ref(int oid) {
        return ref(oid, -1);
    }

    /** The type reference for {@code oid} with the type modifier from a RowDescription. */
    public static TypeRef ref(int oid, int modifier) {
        String name = NAMES.getOrDefault(oid, "");
        TypeRef ref = new TypeRef(BACKEND, oid, name, modifier, java.util.Set.of());
        return isArray(oid) ? ref.withFlags(TypeFlag.ARRAY) : ref;
    }

    /** A short description for messages: the name and the OID. */
    static String describe(TypeRef type) {
        String name = type.name().isEmpty() ? NAMES.getOrDefault(type.id(), "type") : type.name();
        return name + " (OID " + type.id() + ")";
    }
}
