package io.sqlwire.mysql;

import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.mysql.session.PreparedStatement;
import io.sqlwire.mysql.session.ResultStream;
import java.util.List;
import java.util.Optional;

/**
 * A statement to run through the prepared protocol, with its bound parameters. On MariaDB a
 * statement prepared for the first time goes out with its execution in one write (see
 * {@link MySqlSession#prepareAndExecute}); then {@code started} is that execution's first result.
 *
 * @param started the result of an execution already sent, or {@code null} when it is still to run
 */
record PreparedRun(PreparedStatement statement, List<ComStmtExecute.Parameter> parameters, ResultStream started) {

    /**
     * The prepared run of {@code sql}, or empty for the text protocol.
     *
     * @throws ProgrammingException when the number of parameters differs from the placeholders
     * @throws SqlwireException a pipelined execution's error (the statement stays prepared)
     */
    static Optional<PreparedRun> of(MySqlSession session, StatementCache cache, String sql, Object[] params,
            CodecRegistry codecs, CodecContext ctx) {
        Optional<List<ComStmtExecute.Parameter>> bound = StatementCache.bind(params, codecs, ctx);
        ResultStream[] started = new ResultStream[1];
        SqlwireException[] failed = new SqlwireException[1];
        StatementCache.Preparer preparer = session::prepare;
        if (bound.isPresent() && session.supportsPipelinedPrepare() && placeholders(session, sql) == params.length) {
            preparer = s -> {
                MySqlSession.Pipelined p = session.prepareAndExecute(s, bound.get());
                started[0] = p.stream();
                failed[0] = p.executeError();
                return p.statement();
            };
        }
        Optional<PreparedStatement> ps = cache.lookup(session, sql, preparer);
        if (failed[0] != null) {
            throw failed[0];
        }
        if (ps.isEmpty()) {
            return Optional.empty();
        }
        if (ps.get().parameters().size() != params.length) {
            throw new ProgrammingException("the statement has " + ps.get().parameters().size()
                    + " parameter placeholder(s) but " + params.length + " parameter value(s) were given");
        }
        return bound.map(b -> new PreparedRun(ps.get(), b, started[0]));
    }

    /** The placeholder count, or -1 when the lexer rejects the text (the server will say why). */
    private static int placeholders(MySqlSession session, String sql) {
        try {
            return SqlLexer.mysql().withNoBackslashEscapes(session.noBackslashEscapes()).placeholders(sql).count();
        } catch (ProgrammingException e) {
            return -1;
        }
    }

    /** Runs it: the pipelined result, or COM_STMT_EXECUTE now. */
    ResultStream run(MySqlSession session) {
        return started != null ? started : session.execute(statement, parameters);
    }
}
