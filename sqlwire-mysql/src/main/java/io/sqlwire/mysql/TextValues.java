package io.sqlwire.mysql;

import io.sqlwire.Column;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * TEMPORARY: decodes text-protocol values to a few Java types (integers to Long, unsigned BIGINT
 * to BigInteger, DECIMAL to BigDecimal, FLOAT/DOUBLE to Double, binary strings and BIT to byte[],
 * everything else to String) until the MySQL codecs of io.sqlwire.mysql.type arrive; then this
 * goes through the codec registry instead.
 */
final class TextValues {
    private TextValues() {
    }

    static Object decode(ColumnDefinition41 col, byte[] raw) {
        if (raw == null) {
            return null;
        }
        return switch (col.type()) {
            case 1, 2, 3, 9, 13 -> Long.parseLong(ascii(raw));
            case 8 -> col.isUnsigned() ? unsigned(ascii(raw)) : (Object) Long.parseLong(ascii(raw));
            case 0, 246 -> new BigDecimal(ascii(raw));
            case 4, 5 -> Double.parseDouble(ascii(raw));
            case 16 -> raw;
            case 15, 249, 250, 251, 252, 253, 254, 255 -> col.isBinary() ? raw : utf8(raw);
            default -> utf8(raw);
        };
    }

    private static Object unsigned(String s) {
        BigInteger b = new BigInteger(s);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** The type name as MySQL writes it, for {@link Column#typeName()}. */
    static String typeName(ColumnDefinition41 col) {
        String name = switch (col.type()) {
            case 0, 246 -> "DECIMAL";
            case 1 -> "TINYINT";
            case 2 -> "SMALLINT";
            case 3 -> "INT";
            case 4 -> "FLOAT";
            case 5 -> "DOUBLE";
            case 6 -> "NULL";
            case 7 -> "TIMESTAMP";
            case 8 -> "BIGINT";
            case 9 -> "MEDIUMINT";
            case 10, 14 -> "DATE";
            case 11 -> "TIME";
            case 12 -> "DATETIME";
            case 13 -> "YEAR";
            case 16 -> "BIT";
            case 245 -> "JSON";
            case 247 -> "ENUM";
            case 248 -> "SET";
            case 249, 250, 251, 252 -> col.isBinary() ? "BLOB" : "TEXT";
            case 15, 253 -> col.isBinary() ? "VARBINARY" : "VARCHAR";
            case 254 -> col.isBinary() ? "BINARY" : "CHAR";
            case 255 -> "GEOMETRY";
            default -> "TYPE" + col.type();
        };
        return col.isUnsigned() && name.endsWith("INT") ? name + " UNSIGNED" : name;
    }

    static Column column(ColumnDefinition41 col) {
        boolean numeric = switch (col.type()) {
            case 0, 246, 1, 2, 3, 4, 5, 8, 9 -> true;
            default -> false;
        };
        int length = (int) Math.min(Integer.MAX_VALUE, col.columnLength());
        return new Column(col.name(), typeName(col), length, -1, numeric ? length : -1,
                numeric ? col.decimals() : -1, !col.isNotNull());
    }

    private static String ascii(byte[] raw) {
        return new String(raw, StandardCharsets.US_ASCII);
    }

    private static String utf8(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
