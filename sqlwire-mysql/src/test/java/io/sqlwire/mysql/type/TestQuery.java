package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.mysql.auth.TestLogin;
import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * TEST HELPER ONLY, not the driver's result-set reader: runs one query through the text protocol
 * (COM_QUERY) or the binary protocol (COM_STMT_PREPARE + COM_STMT_EXECUTE) on a {@link TestLogin}
 * connection, and returns each column's real {@link TypeRef} (from ColumnDefinition41) with the
 * raw value bytes, length prefixes removed, as the codecs receive them. The connection does not
 * ask for CLIENT_DEPRECATE_EOF, so EOF packets end the column definitions and the rows.
 */
final class TestQuery {

    record Result(List<TypeRef> types, List<List<ByteBuffer>> rows) {
    }

    private TestQuery() {
    }

    static Result text(TestLogin c, String sql) throws IOException {
        c.command(new LeBytes().int1(0x03).text(sql).build());
        ByteBuffer first = buffer(check(c.read()));
        List<TypeRef> types = columns(c, (int) lenenc(first));
        List<List<ByteBuffer>> rows = new ArrayList<>();
        for (byte[] p = c.read(); !isEof(p); p = c.read()) {
            ByteBuffer b = buffer(check(p));
            List<ByteBuffer> row = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                if ((b.get(b.position()) & 0xFF) == 0xFB) {
                    b.get();
                    row.add(null);
                } else {
                    row.add(slice(b, (int) lenenc(b)));
                }
            }
            rows.add(row);
        }
        return new Result(types, rows);
    }

    static Result binary(TestLogin c, String sql) throws IOException {
        c.command(new LeBytes().int1(0x16).text(sql).build());
        ByteBuffer ok = buffer(check(c.read()));
        ok.get();
        int stmt = ok.getInt();
        int columns = ok.getShort() & 0xFFFF;
        int params = ok.getShort() & 0xFFFF;
        if (params > 0) {
            columns(c, params);
        }
        if (columns > 0) {
            columns(c, columns);
        }
        c.command(new LeBytes().int1(0x17).int4(stmt).int1(0).int4(1).build());
        List<TypeRef> types = columns(c, (int) lenenc(buffer(check(c.read()))));
        List<List<ByteBuffer>> rows = new ArrayList<>();
        for (byte[] p = c.read(); !isEof(p); p = c.read()) {
            rows.add(binaryRow(buffer(check(p)), types));
        }
        c.command(new LeBytes().int1(0x19).int4(stmt).build());
        return new Result(types, rows);
    }

    /** 0x00, NULL bitmap with a 2-bit offset, then the non-NULL values. */
    private static List<ByteBuffer> binaryRow(ByteBuffer b, List<TypeRef> types) {
        b.get();
        byte[] bitmap = new byte[(types.size() + 7 + 2) / 8];
        b.get(bitmap);
        List<ByteBuffer> row = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            int bit = i + 2;
            boolean isNull = (bitmap[bit / 8] & (1 << (bit % 8))) != 0;
            row.add(isNull ? null : BinaryLayout.next(types.get(i).id(), b));
        }
        return row;
    }

    /** {@code n} ColumnDefinition41 packets and the EOF after them. */
    private static List<TypeRef> columns(TestLogin c, int n) throws IOException {
        List<TypeRef> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ByteBuffer b = buffer(c.read());
            for (int field = 0; field < 6; field++) {   // catalog, schema, table, org_table, name, org_name
                slice(b, (int) lenenc(b));
            }
            lenenc(b);   // length of the fixed fields, 0x0C
            int charset = b.getShort() & 0xFFFF;
            b.getInt();   // column length
            int type = b.get() & 0xFF;
            int flags = b.getShort() & 0xFFFF;
            int decimals = b.get() & 0xFF;
            types.add(MySqlTypes.column(type, flags, charset, decimals));
        }
        if (!isEof(c.read())) {
            throw new AssertionError("no EOF after the column definitions");
        }
        return types;
    }

    private static boolean isEof(byte[] p) {
        return (p[0] & 0xFF) == 0xFE && p.length < 9;
    }

    private static byte[] check(byte[] p) {
        if ((p[0] & 0xFF) == 0xFF) {
            throw ErrPacket.decode(p).toException();
        }
        return p;
    }

    private static ByteBuffer buffer(byte[] p) {
        return ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer slice(ByteBuffer b, int n) {
        ByteBuffer s = b.slice(b.position(), n);
        b.position(b.position() + n);
        return s;
    }

    private static long lenenc(ByteBuffer b) {
        int first = b.get() & 0xFF;
        return switch (first) {
            case 0xFC -> b.getShort() & 0xFFFF;
            case 0xFD -> (b.getShort() & 0xFFFF) | (b.get() & 0xFF) << 16;
            case 0xFE -> b.getLong();
            default -> first;
        };
    }
}
