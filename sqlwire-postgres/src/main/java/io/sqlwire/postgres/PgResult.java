package io.sqlwire.postgres;

import io.sqlwire.Column;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.postgres.protocol.flow.QueryEvent;
import io.sqlwire.postgres.protocol.message.backend.CommandComplete;
import io.sqlwire.postgres.protocol.message.backend.DataRow;
import io.sqlwire.postgres.session.EventSink;
import io.sqlwire.postgres.session.RowDecoder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One result of a statement: its columns, the rows received and not yet fetched (kept as
 * undecoded DataRows), and the CommandComplete once it arrived. A portal result is suspended
 * until its last batch.
 */
final class PgResult {
    RowDecoder decoder;
    final ArrayDeque<DataRow> rows = new ArrayDeque<>();
    CommandComplete complete;
    boolean suspended;
    long totalRows = -1;
    long received;

    List<Column> columns() {
        return decoder == null ? List.of() : decoder.columns();
    }

    /** Collects the events of one request into results; a multi-statement query gives several. */
    static final class Collector implements EventSink {
        final List<PgResult> results = new ArrayList<>();
        private final CodecContext context;
        private PgResult current;
        boolean staleStatement;

        Collector(CodecContext context) {
            this.context = context;
        }

        /** Continues filling {@code r} (the next batch of a portal). */
        Collector(CodecContext context, PgResult r) {
            this.context = context;
            this.current = r;
            r.suspended = false;
        }

        @Override
        public void accept(QueryEvent e) {
            switch (e) {
                case QueryEvent.Columns c -> result().decoder = new RowDecoder(c.description(), context);
                case QueryEvent.Row r -> {
                    PgResult res = result();
                    res.rows.add(r.row());
                    res.received++;
                }
                case QueryEvent.Complete c -> {
                    PgResult r = result();
                    r.complete = c.complete();
                    // a portal's last CommandComplete counts only its last batch: count what arrived
                    r.totalRows = r.decoder != null ? r.received : c.complete().rows();
                    current = null;
                }
                case QueryEvent.Suspended s -> {
                    result().suspended = true;
                    current = null;
                }
                case QueryEvent.EmptyQuery q -> {
                    result();
                    current = null;
                }
                case QueryEvent.Failed f -> staleStatement |= f.statementInvalidated();
                default -> { }
            }
        }

        private PgResult result() {
            if (current == null) {
                current = new PgResult();
                results.add(current);
            }
            return current;
        }
    }
}
