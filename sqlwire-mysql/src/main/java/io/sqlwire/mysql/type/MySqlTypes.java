package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import java.util.EnumSet;
import java.util.Set;

/**
 * MySQL/MariaDB column types (the type byte of a ColumnDefinition41 and of COM_STMT_EXECUTE
 * parameters) and the {@link TypeRef}s the codecs match on: backend {@code mysql}, id = the type
 * byte, name = the type's name, modifier = the column's decimals, flags {@link TypeFlag#UNSIGNED}
 * (column flag 32) and {@link TypeFlag#BINARY} (character set 63, binary: bytes, not text).
 */
public final class MySqlTypes {
    /** The backend name in {@link TypeRef#backend()}. */
    public static final String BACKEND = "mysql";

    public static final int DECIMAL = 0;
    public static final int TINY = 1;
    public static final int SHORT = 2;
    public static final int LONG = 3;
    public static final int FLOAT = 4;
    public static final int DOUBLE = 5;
    public static final int NULL = 6;
    public static final int TIMESTAMP = 7;
    public static final int LONGLONG = 8;
    public static final int INT24 = 9;
    public static final int DATE = 10;
    public static final int TIME = 11;
    public static final int DATETIME = 12;
    public static final int YEAR = 13;
    public static final int NEWDATE = 14;
    public static final int VARCHAR = 15;
    public static final int BIT = 16;
    public static final int TIMESTAMP2 = 17;
    public static final int DATETIME2 = 18;
    public static final int TIME2 = 19;
    public static final int JSON = 245;
    public static final int NEWDECIMAL = 246;
    public static final int ENUM = 247;
    public static final int SET = 248;
    public static final int TINY_BLOB = 249;
    public static final int MEDIUM_BLOB = 250;
    public static final int LONG_BLOB = 251;
    public static final int BLOB = 252;
    public static final int VAR_STRING = 253;
    public static final int STRING = 254;
    public static final int GEOMETRY = 255;

    /** Column definition flags. */
    public static final int UNSIGNED_FLAG = 32;
    public static final int ENUM_FLAG = 256;
    public static final int SET_FLAG = 2048;
    /** The character set id of binary strings (BINARY, VARBINARY, BLOB). */
    public static final int BINARY_CHARSET = 63;

    /** The parameter-type flag byte of COM_STMT_EXECUTE that marks an unsigned value. */
    public static final int PARAM_UNSIGNED = 0x80;

    private MySqlTypes() {
    }

    /**
     * The type of a result column, from its ColumnDefinition41 fields.
     *
     * @param columnType the type byte
     * @param columnFlags the flags field (UNSIGNED 32, ENUM 256, SET 2048 matter here)
     * @param charsetId the character set (collation) id; 63 makes string types binary
     * @param decimals the decimals field (fractional digits of DECIMAL and temporal types)
     */
    public static TypeRef column(int columnType, int columnFlags, int charsetId, int decimals) {
        Set<TypeFlag> flags = EnumSet.noneOf(TypeFlag.class);
        if ((columnFlags & UNSIGNED_FLAG) != 0) {
            flags.add(TypeFlag.UNSIGNED);
        }
        if (charsetId == BINARY_CHARSET && isStringLike(columnType)) {
            flags.add(TypeFlag.BINARY);
        }
        String name = (columnFlags & ENUM_FLAG) != 0 ? "ENUM" : (columnFlags & SET_FLAG) != 0 ? "SET" : name(columnType);
        return new TypeRef(BACKEND, columnType, name, decimals, flags);
    }

    /** A plain type with the given id: no flags, no modifier. */
    public static TypeRef of(int columnType) {
        return TypeRef.of(BACKEND, columnType, name(columnType));
    }

    /** {@link #of} with the UNSIGNED flag. */
    public static TypeRef unsigned(int columnType) {
        return of(columnType).withFlags(TypeFlag.UNSIGNED);
    }

    /** The type's name, e.g. {@code VAR_STRING}; {@code TYPE_n} for an unknown byte. */
    public static String name(int columnType) {
        return switch (columnType) {
            case DECIMAL -> "DECIMAL";
            case TINY -> "TINY";
            case SHORT -> "SHORT";
            case LONG -> "LONG";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case NULL -> "NULL";
            case TIMESTAMP, TIMESTAMP2 -> "TIMESTAMP";
            case LONGLONG -> "LONGLONG";
            case INT24 -> "INT24";
            case DATE, NEWDATE -> "DATE";
            case TIME, TIME2 -> "TIME";
            case DATETIME, DATETIME2 -> "DATETIME";
            case YEAR -> "YEAR";
            case VARCHAR -> "VARCHAR";
            case BIT -> "BIT";
            case JSON -> "JSON";
            case NEWDECIMAL -> "NEWDECIMAL";
            case ENUM -> "ENUM";
            case SET -> "SET";
            case TINY_BLOB -> "TINY_BLOB";
            case MEDIUM_BLOB -> "MEDIUM_BLOB";
            case LONG_BLOB -> "LONG_BLOB";
            case BLOB -> "BLOB";
            case VAR_STRING -> "VAR_STRING";
            case STRING -> "STRING";
            case GEOMETRY -> "GEOMETRY";
            default -> "TYPE_" + columnType;
        };
    }

    /** Types whose values are strings of bytes in a character set: text, unless the charset is binary. */
    public static boolean isStringLike(int columnType) {
        return columnType == VARCHAR || columnType == VAR_STRING || columnType == STRING || columnType == ENUM
                || columnType == SET || (columnType >= TINY_BLOB && columnType <= BLOB);
    }

    /** {@code VAR_STRING UNSIGNED} style, for messages. */
    static String describe(TypeRef type) {
        StringBuilder sb = new StringBuilder("MySQL ").append(type.name());
        if (type.has(TypeFlag.UNSIGNED)) {
            sb.append(" UNSIGNED");
        }
        if (type.has(TypeFlag.BINARY)) {
            sb.append(" (binary)");
        }
        return sb.toString();
    }
}
