package io.sqlwire.mysql.type;

import io.sqlwire.DataException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How values sit in a binary result row (ProtocolBinary::ResultsetRow) and in COM_STMT_EXECUTE's
 * parameter values, so the protocol layer can cut them out for the codecs and frame what they
 * encode:
 * <pre>
 * TINY                          1 byte
 * SHORT, YEAR                   2 bytes little-endian
 * LONG, INT24, FLOAT            4 bytes little-endian
 * LONGLONG, DOUBLE              8 bytes little-endian
 * DATE, DATETIME, TIMESTAMP     int&lt;1&gt; length (0, 4, 7, 11) + that many bytes
 * TIME                          int&lt;1&gt; length (0, 8, 12) + that many bytes
 * everything else               length-encoded string (DECIMAL as text, strings, blobs, BIT, JSON, GEOMETRY)
 * </pre>
 */
public final class BinaryLayout {

    private BinaryLayout() {
    }

    /** The fixed width of a value of {@code columnType}, or -1 when it carries its length. */
    public static int fixedWidth(int columnType) {
        return switch (columnType) {
            case MySqlTypes.TINY -> 1;
            case MySqlTypes.SHORT, MySqlTypes.YEAR -> 2;
            case MySqlTypes.LONG, MySqlTypes.INT24, MySqlTypes.FLOAT -> 4;
            case MySqlTypes.LONGLONG, MySqlTypes.DOUBLE -> 8;
            default -> -1;
        };
    }

    /** Whether the value has a 1-byte length prefix (the temporal types). */
    public static boolean hasByteLength(int columnType) {
        return switch (columnType) {
            case MySqlTypes.DATE, MySqlTypes.NEWDATE, MySqlTypes.DATETIME, MySqlTypes.DATETIME2, MySqlTypes.TIMESTAMP,
                    MySqlTypes.TIMESTAMP2, MySqlTypes.TIME, MySqlTypes.TIME2 -> true;
            default -> false;
        };
    }

    /**
     * The next non-NULL value of a binary row, without its length prefix, as a little-endian slice
     * of {@code row}; {@code row}'s position moves past it.
     *
     * @throws DataException when the row ends before the value does
     */
    public static ByteBuffer next(int columnType, ByteBuffer row) {
        int width = fixedWidth(columnType);
        int length;
        if (width >= 0) {
            length = width;
        } else if (hasByteLength(columnType)) {
            length = read(row, 1, columnType);
        } else {
            length = readLengthEncoded(row, columnType);
        }
        if (length > row.remaining()) {
            throw new DataException("binary row truncated in a " + MySqlTypes.name(columnType) + " value: needs "
                    + length + " bytes, " + row.remaining() + " left");
        }
        ByteBuffer slice = row.slice(row.position(), length).order(ByteOrder.LITTLE_ENDIAN);
        row.position(row.position() + length);
        return slice;
    }

    /** Appends {@code content} (as a codec encoded it) with the length prefix its type needs. */
    public static void writeParameter(int columnType, byte[] content, ByteArrayOutputStream out) {
        int width = fixedWidth(columnType);
        if (width >= 0) {
            if (content.length != width) {
                throw new IllegalArgumentException(MySqlTypes.name(columnType) + " takes " + width + " bytes, not "
                        + content.length);
            }
        } else if (hasByteLength(columnType)) {
            out.write(content.length);
        } else {
            writeLengthEncoded(content.length, out);
        }
        out.writeBytes(content);
    }

    /** A length-encoded integer: &lt;0xFB one byte; 0xFC + 2; 0xFD + 3; 0xFE + 8 bytes. */
    public static void writeLengthEncoded(long n, ByteArrayOutputStream out) {
        if (n < 0xFB) {
            out.write((int) n);
            return;
        }
        int bytes = n <= 0xFFFF ? 2 : n <= 0xFFFFFF ? 3 : 8;
        out.write(bytes == 2 ? 0xFC : bytes == 3 ? 0xFD : 0xFE);
        for (int i = 0; i < bytes; i++) {
            out.write((int) (n >>> (8 * i)));
        }
    }

    private static int readLengthEncoded(ByteBuffer row, int columnType) {
        int first = read(row, 1, columnType);
        long n = switch (first) {
            case 0xFC -> read(row, 2, columnType);
            case 0xFD -> read(row, 3, columnType);
            case 0xFE -> readLong(row, columnType);
            case 0xFB, 0xFF -> throw new DataException("binary row has a NULL/invalid length marker 0x"
                    + Integer.toHexString(first) + " in a " + MySqlTypes.name(columnType) + " value");
            default -> first;
        };
        if (n > Integer.MAX_VALUE) {
            throw new DataException("a " + MySqlTypes.name(columnType) + " value of " + n + " bytes is too long");
        }
        return (int) n;
    }

    private static int read(ByteBuffer row, int bytes, int columnType) {
        if (row.remaining() < bytes) {
            throw new DataException("binary row truncated in the length of a " + MySqlTypes.name(columnType)
                    + " value");
        }
        int v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= (row.get() & 0xFF) << (8 * i);
        }
        return v;
    }

    private static long readLong(ByteBuffer row, int columnType) {
        long lo = read(row, 4, columnType) & 0xFFFF_FFFFL;
        long hi = read(row, 4, columnType) & 0xFFFF_FFFFL;
        return lo | hi << 32;
    }
}
