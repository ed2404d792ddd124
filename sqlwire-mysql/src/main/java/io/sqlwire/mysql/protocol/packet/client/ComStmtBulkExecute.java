package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.List;

/**
 * MariaDB's COM_STMT_BULK_EXECUTE (needs MARIADB_CLIENT_STMT_BULK_OPERATIONS): one prepared
 * statement run for many parameter rows in one command, answered by one OK whose affected rows
 * are the total.
 * <pre>
 * int&lt;1&gt;     0xFA
 * int&lt;4&gt;     statement id
 * int&lt;2&gt;     bulk flags: 128 SEND_TYPES_TO_SERVER (always set here), 64 SEND_UNIT_RESULTS (never)
 * n x (int&lt;1&gt; type, int&lt;1&gt; 0x80 if unsigned)      once, because of SEND_TYPES_TO_SERVER
 * per row, per parameter:
 *   int&lt;1&gt;  indicator: 0 value follows, 1 NULL (2 DEFAULT, 3 IGNORE are not used)
 *   the value framed as its type's binary layout, when the indicator is 0
 * </pre>
 *
 * @param types the parameter types, shared by every row
 * @param rows per row, the framed binary values, {@code null} for NULL
 */
public record ComStmtBulkExecute(long statementId, List<Type> types, List<List<byte[]>> rows)
        implements ClientPacket {
    public static final int COMMAND = 0xFA;
    public static final int SEND_TYPES_TO_SERVER = 128;
    static final int INDICATOR_NONE = 0;
    static final int INDICATOR_NULL = 1;

    /** A parameter's type byte and unsigned flag. */
    public record Type(int type, boolean unsigned) {
    }

    public ComStmtBulkExecute {
        types = List.copyOf(types);
        rows = List.copyOf(rows);
    }

    /** The bytes before the rows: command, statement id, flags, types. */
    public static int headerSize(int parameterCount) {
        return 1 + 4 + 2 + 2 * parameterCount;
    }

    /** The encoded size of one row's part of the payload. */
    public static int rowSize(List<byte[]> row) {
        int n = 0;
        for (byte[] v : row) {
            n += 1 + (v == null ? 0 : v.length);
        }
        return n;
    }

    @Override
    public byte[] encode() {
        int size = headerSize(types.size());
        for (List<byte[]> row : rows) {
            size += rowSize(row);
        }
        PayloadWriter w = new PayloadWriter(size).int1(COMMAND).int4(statementId).int2(SEND_TYPES_TO_SERVER);
        for (Type t : types) {
            w.int1(t.type()).int1(t.unsigned() ? 0x80 : 0);
        }
        for (List<byte[]> row : rows) {
            for (byte[] v : row) {
                if (v == null) {
                    w.int1(INDICATOR_NULL);
                } else {
                    w.int1(INDICATOR_NONE).bytes(v);
                }
            }
        }
        return w.toByteArray();
    }
}
