package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.List;

/**
 * COM_STMT_EXECUTE:
 * <pre>
 * int&lt;1&gt;     0x17
 * int&lt;4&gt;     statement id
 * int&lt;1&gt;     flags (0: no cursor)
 * int&lt;4&gt;     iteration count, always 1
 * with parameters:
 *   binary&lt;(n + 7) / 8&gt;  NULL bitmap, bit i for parameter i
 *   int&lt;1&gt;             new-params-bound flag, 1 here: the types follow
 *   n x (int&lt;1&gt; type, int&lt;1&gt; 0x80 if unsigned)
 *   the non-NULL values, each framed as its type's binary layout
 * </pre>
 *
 * @param parameters one per placeholder; {@code value} is the framed binary value, or {@code null} for NULL
 */
public record ComStmtExecute(long statementId, List<Parameter> parameters) implements ClientPacket {
    public static final int COMMAND = 0x17;

    /** One bound parameter: its type byte, unsigned flag, and framed value ({@code null} for NULL). */
    public record Parameter(int type, boolean unsigned, byte[] value) {
    }

    public ComStmtExecute {
        parameters = List.copyOf(parameters);
    }

    @Override
    public byte[] encode() {
        PayloadWriter w = new PayloadWriter(64).int1(COMMAND).int4(statementId).int1(0).int4(1);
        int n = parameters.size();
        if (n == 0) {
            return w.toByteArray();
        }
        byte[] nulls = new byte[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            if (parameters.get(i).value() == null) {
                nulls[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        w.bytes(nulls).int1(1);
        for (Parameter p : parameters) {
            w.int1(p.type()).int1(p.unsigned() ? 0x80 : 0);
        }
        for (Parameter p : parameters) {
            if (p.value() != null) {
                w.bytes(p.value());
            }
        }
        return w.toByteArray();
    }
}
