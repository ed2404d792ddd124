package io.sqlwire.mysql;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.core.sql.TokenKind;
import io.sqlwire.mysql.protocol.packet.client.ComStmtBulkExecute;
import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.mysql.session.PreparedStatement;
import io.sqlwire.mysql.type.BinaryLayout;
import io.sqlwire.mysql.type.MySqlTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts the bound rows of an {@code executemany} into COM_STMT_BULK_EXECUTE packets. One packet
 * declares its parameter types once, so a row whose non-NULL value has another type than the
 * packet's column (an Integer after a Long, say) starts a new packet; NULLs fit any type. A packet
 * also ends before its payload would pass {@code limit} bytes (one oversized row still goes alone,
 * and the server's max_allowed_packet decides).
 */
final class BulkPackets {
    /** Payload bound per packet: below every server's max_allowed_packet default and one frame. */
    static final int LIMIT = 1 << 20;

    private BulkPackets() {
    }

    /**
     * The packets that run an INSERT/REPLACE/UPDATE/DELETE for these sets in bulk, or empty when
     * this executemany takes another path: the server lacks bulk operations, fewer than two sets,
     * another statement kind, a value without a binary encoder, sets of different sizes, or a
     * statement that does not prepare or returns rows. Prepares the statement (cached) when needed.
     */
    static Optional<List<ComStmtBulkExecute>> plan(MySqlSession session, StatementCache cache, String sql,
            List<Object[]> sets, CodecRegistry codecs, CodecContext ctx) {
        if (sets.size() < 2 || !session.supportsBulk() || !isDml(sql)) {
            return Optional.empty();
        }
        List<List<ComStmtExecute.Parameter>> rows = new ArrayList<>(sets.size());
        int n = -1;
        for (Object[] set : sets) {
            Object[] s = set == null ? new Object[0] : set;
            if (n >= 0 && s.length != n) {
                return Optional.empty(); // the row-by-row path reports the mismatch
            }
            n = s.length;
            Optional<List<ComStmtExecute.Parameter>> bound = StatementCache.bind(s, codecs, ctx);
            if (bound.isEmpty()) {
                return Optional.empty();
            }
            rows.add(bound.get());
        }
        if (n == 0) {
            return Optional.empty();
        }
        Optional<PreparedStatement> ps = cache.prepareNow(session, sql);
        if (ps.isEmpty() || !ps.get().columns().isEmpty() || ps.get().parameters().size() != n) {
            return Optional.empty();
        }
        return Optional.of(of(ps.get().id(), rows, LIMIT));
    }

    private static boolean isDml(String sql) {
        return SqlLexer.mysql().tokenize(sql).stream().filter(t -> !t.kind().isTrivia()).findFirst()
                .filter(t -> t.kind() == TokenKind.WORD)
                .map(t -> t.text(sql).toLowerCase(Locale.ROOT))
                .filter(w -> w.equals("insert") || w.equals("replace") || w.equals("update") || w.equals("delete"))
                .isPresent();
    }

    static List<ComStmtBulkExecute> of(long statementId, List<List<ComStmtExecute.Parameter>> rows, int limit) {
        List<ComStmtBulkExecute> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        int n = rows.get(0).size();
        rows = widenIntegers(rows, n);
        ComStmtBulkExecute.Type[] types = new ComStmtBulkExecute.Type[n];
        List<List<byte[]>> values = new ArrayList<>();
        int size = ComStmtBulkExecute.headerSize(n);
        for (List<ComStmtExecute.Parameter> row : rows) {
            List<byte[]> v = row.stream().map(ComStmtExecute.Parameter::value).toList();
            int rowSize = ComStmtBulkExecute.rowSize(v);
            if (!values.isEmpty() && (!fits(types, row) || size + rowSize > limit)) {
                out.add(packet(statementId, types, values));
                types = new ComStmtBulkExecute.Type[n];
                values = new ArrayList<>();
                size = ComStmtBulkExecute.headerSize(n);
            }
            for (int i = 0; i < n; i++) {
                ComStmtExecute.Parameter p = row.get(i);
                if (types[i] == null && p.value() != null) {
                    types[i] = new ComStmtBulkExecute.Type(p.type(), p.unsigned());
                }
            }
            values.add(v);
            size += rowSize;
        }
        out.add(packet(statementId, types, values));
        return out;
    }

    /**
     * A column holding signed integers of several widths (Integer and Long values, say) is sent as
     * LONGLONG throughout, sign-extended, so it does not cut the rows into one packet per change.
     */
    static List<List<ComStmtExecute.Parameter>> widenIntegers(List<List<ComStmtExecute.Parameter>> rows, int n) {
        boolean[] widen = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            int first = -1;
            boolean mixed = false;
            boolean integers = true;
            for (List<ComStmtExecute.Parameter> row : rows) {
                ComStmtExecute.Parameter p = row.get(i);
                if (p.value() != null) {
                    integers &= !p.unsigned() && BinaryLayout.fixedWidth(p.type()) > 0 && isInteger(p.type());
                    mixed |= first >= 0 && first != p.type();
                    first = first < 0 ? p.type() : first;
                }
            }
            widen[i] = mixed && integers;
            any |= widen[i];
        }
        if (!any) {
            return rows;
        }
        return rows.stream().map(row -> {
            List<ComStmtExecute.Parameter> out = new ArrayList<>(row);
            for (int i = 0; i < n; i++) {
                if (widen[i] && row.get(i).value() != null) {
                    out.set(i, new ComStmtExecute.Parameter(MySqlTypes.LONGLONG, false, signExtend(row.get(i).value())));
                }
            }
            return out;
        }).toList();
    }

    private static boolean isInteger(int type) {
        return type == MySqlTypes.TINY || type == MySqlTypes.SHORT || type == MySqlTypes.LONG
                || type == MySqlTypes.LONGLONG;
    }

    /** A little-endian two's complement value of 1, 2, 4 or 8 bytes as 8 bytes. */
    private static byte[] signExtend(byte[] le) {
        byte[] out = new byte[8];
        System.arraycopy(le, 0, out, 0, le.length);
        byte fill = le[le.length - 1] < 0 ? (byte) 0xFF : 0;
        for (int k = le.length; k < 8; k++) {
            out[k] = fill;
        }
        return out;
    }

    private static boolean fits(ComStmtBulkExecute.Type[] types, List<ComStmtExecute.Parameter> row) {
        for (int i = 0; i < types.length; i++) {
            ComStmtExecute.Parameter p = row.get(i);
            if (p.value() != null && types[i] != null
                    && (types[i].type() != p.type() || types[i].unsigned() != p.unsigned())) {
                return false;
            }
        }
        return true;
    }

    private static ComStmtBulkExecute packet(long id, ComStmtBulkExecute.Type[] types, List<List<byte[]>> values) {
        // a column NULL in every row of the packet is declared as a string; only indicators follow
        List<ComStmtBulkExecute.Type> declared = Arrays.stream(types)
                .map(t -> t != null ? t : new ComStmtBulkExecute.Type(MySqlTypes.VAR_STRING, false)).toList();
        return new ComStmtBulkExecute(id, declared, values);
    }
}
