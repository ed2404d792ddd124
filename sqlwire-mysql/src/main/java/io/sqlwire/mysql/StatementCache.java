package io.sqlwire.mysql;

import io.sqlwire.SqlwireException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.core.sql.OpenConstruct;
import io.sqlwire.core.sql.SplitResult;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.mysql.session.PreparedStatement;
import io.sqlwire.mysql.type.BinaryLayout;
import io.sqlwire.mysql.type.MySqlEncoders;
import io.sqlwire.mysql.type.MySqlTypes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Server-side prepared statements of one connection: a text is prepared (COM_STMT_PREPARE) on its
 * {@code prepare_threshold}-th execution and then runs with COM_STMT_EXECUTE and binary rows; the
 * least recently used statement is closed (COM_STMT_CLOSE) beyond {@link #CAPACITY}. Texts the
 * server will not prepare (several statements, commands outside the prepared protocol) and values
 * without a binary encoder fall back to the text protocol. The caller holds the connection lock;
 * {@link #clear()} forgets everything when the session is replaced or reset.
 */
final class StatementCache {
    static final int CAPACITY = 64;

    private final int threshold;
    private final Map<String, Integer> executions = new HashMap<>();
    private final Set<String> unpreparable = new HashSet<>();
    private final LinkedHashMap<String, PreparedStatement> prepared = new LinkedHashMap<>(16, 0.75f, true);

    /** @param threshold executions before preparing; 0 never prepares, 1 prepares at once */
    StatementCache(int threshold) {
        this.threshold = threshold;
    }

    /** How a statement gets prepared: COM_STMT_PREPARE alone, or pipelined with its first execution. */
    @FunctionalInterface
    interface Preparer {
        PreparedStatement prepare(String sql);
    }

    /** The prepared statement to run {@code sql} with, or empty for the text protocol. */
    Optional<PreparedStatement> lookup(MySqlSession session, String sql) {
        return lookup(session, sql, session::prepare);
    }

    /** As {@link #lookup(MySqlSession, String)}, preparing through {@code preparer} when the time has come. */
    Optional<PreparedStatement> lookup(MySqlSession session, String sql, Preparer preparer) {
        if (threshold <= 0 || unpreparable.contains(sql)) {
            return Optional.empty();
        }
        PreparedStatement ps = prepared.get(sql);
        if (ps != null) {
            return Optional.of(ps);
        }
        int n = executions.merge(sql, 1, Integer::sum);
        if (n < threshold) {
            trimCounts();
            return Optional.empty();
        }
        executions.remove(sql);
        return prepareNow(session, sql, preparer);
    }

    /** The statement for {@code sql}, prepared now whatever the threshold, or empty when it cannot be. */
    Optional<PreparedStatement> prepareNow(MySqlSession session, String sql) {
        return prepareNow(session, sql, session::prepare);
    }

    private Optional<PreparedStatement> prepareNow(MySqlSession session, String sql, Preparer preparer) {
        PreparedStatement ps = prepared.get(sql);
        if (ps != null) {
            return Optional.of(ps);
        }
        if (unpreparable.contains(sql) || !isSingleStatement(sql)) {
            unpreparable.add(sql);
            return Optional.empty();
        }
        // room first: a pipelined preparation leaves its execution's result streaming, which a
        // COM_STMT_CLOSE sent afterwards would discard
        evict(session);
        try {
            ps = preparer.prepare(sql);
        } catch (SqlwireException e) {
            if (session.isBroken()) {
                throw e;
            }
            // the text protocol runs it, and reports the error if it is one
            unpreparable.add(sql);
            return Optional.empty();
        }
        prepared.put(sql, ps);
        return Optional.of(ps);
    }

    /**
     * The parameters bound for COM_STMT_EXECUTE, or empty when a value has no binary encoder.
     */
    static Optional<List<ComStmtExecute.Parameter>> bind(Object[] params, CodecRegistry registry, CodecContext ctx) {
        List<ComStmtExecute.Parameter> out = new ArrayList<>(params.length);
        for (Object value : params) {
            if (value == null) {
                out.add(new ComStmtExecute.Parameter(MySqlTypes.NULL, false, null));
                continue;
            }
            Optional<Codec<?>> codec = MySqlEncoders.find(registry, value, ctx);
            if (codec.isEmpty()) {
                return Optional.empty();
            }
            TypeRef type = codec.get().preferredType(value, ctx).orElseThrow();
            ByteArrayOutputStream framed = new ByteArrayOutputStream();
            BinaryLayout.writeParameter(type.id(), codec.get().encode(value, Format.BINARY, ctx), framed);
            out.add(new ComStmtExecute.Parameter(type.id(), type.has(TypeFlag.UNSIGNED), framed.toByteArray()));
        }
        return Optional.of(out);
    }

    /** One statement, closed constructs only: the prepared protocol takes nothing else. */
    static boolean isSingleStatement(String sql) {
        SplitResult r = SqlLexer.mysql().split(sql);
        int n = r.statements().size() + (r.tail().text().isEmpty() ? 0 : 1);
        return n == 1 && r.open() == OpenConstruct.NONE;
    }

    private void evict(MySqlSession session) {
        while (prepared.size() >= CAPACITY) {
            var eldest = prepared.entrySet().iterator().next();
            prepared.remove(eldest.getKey());
            session.closeStatement(eldest.getValue());
        }
    }

    private void trimCounts() {
        if (executions.size() > CAPACITY * 16) {
            executions.clear();
        }
    }

    /** Forgets every statement: the session that held them is gone or was reset. */
    void clear() {
        prepared.clear();
        executions.clear();
    }

    int size() {
        return prepared.size();
    }
}
