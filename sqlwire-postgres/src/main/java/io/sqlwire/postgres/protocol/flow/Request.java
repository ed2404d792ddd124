package io.sqlwire.postgres.protocol.flow;

import java.util.List;

/** One unit of work for the {@link QueryMachine}; each ends with exactly one Sync or Query, so one ReadyForQuery. */
public sealed interface Request {

    /** The simple query protocol: Query with one or several statements, text results. */
    record SimpleQuery(String sql) implements Request {
    }

    /**
     * The extended protocol: Parse (unless prepared already), then for each parameter set Bind,
     * Describe portal (first set only) and Execute, then one Sync.
     *
     * @param sql the SQL with {@code $n} placeholders
     * @param parameterTypes a type OID per parameter, 0 to let the server infer it
     * @param parameterSets the encoded values, one array per execution ({@code null} = SQL NULL)
     * @param parameterFormats format codes per parameter (0 text, 1 binary)
     * @param resultFormats format codes for the result columns (empty = all text)
     * @param portal the portal name, "" for the unnamed portal
     * @param maxRows rows per Execute, 0 for all
     */
    record Extended(String sql, int[] parameterTypes, List<byte[][]> parameterSets, int[] parameterFormats,
            int[] resultFormats, String portal, int maxRows) implements Request {
    }

    /** Execute on a suspended portal for the next {@code maxRows} rows, then Sync. */
    record FetchPortal(String portal, int maxRows) implements Request {
    }

    /** Close a portal, then Sync. */
    record ClosePortal(String portal) implements Request {
    }

    /**
     * A COPY statement over the simple protocol. With {@code hasSource}, COPY FROM STDIN data
     * follows from the client ({@link QueryEvent.CopyInReady}); without, it is refused with CopyFail.
     */
    record Copy(String sql, boolean hasSource) implements Request {
    }

    /** Only a Sync: a round trip that checks the server answers. */
    record SyncOnly() implements Request {
    }
}
