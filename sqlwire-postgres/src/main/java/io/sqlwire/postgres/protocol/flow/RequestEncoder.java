package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.postgres.protocol.message.frontend.Bind;
import io.sqlwire.postgres.protocol.message.frontend.Close;
import io.sqlwire.postgres.protocol.message.frontend.Describe;
import io.sqlwire.postgres.protocol.message.frontend.Execute;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import io.sqlwire.postgres.protocol.message.frontend.Parse;
import io.sqlwire.postgres.protocol.message.frontend.Query;
import io.sqlwire.postgres.protocol.message.frontend.Sync;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Request} into frontend messages, choosing unnamed or named statements from the cache. */
final class RequestEncoder {

    /** The messages of one request and the cache entries it uses. */
    record Encoded(List<FrontendMessage> messages, StatementCache.Entry parsing, StatementCache.Entry named) {
    }

    private final StatementCache cache;

    RequestEncoder(StatementCache cache) {
        this.cache = cache;
    }

    /** Result formats: the request's own, else those learned for a named statement, else all text. */
    private static int[] resultFormats(Request.Extended x, StatementCache.Entry named) {
        if (x.resultFormats().length > 0 || named == null || named.resultFormats == null) {
            return x.resultFormats();
        }
        return named.resultFormats;
    }

    Encoded encode(Request request) {
        List<FrontendMessage> out = new ArrayList<>();
        if (request instanceof Request.SimpleQuery q) {
            // pending Closes wait for the next extended request: before a Query they would have no Sync
            out.add(new Query(q.sql()));
            return new Encoded(out, null, null);
        }
        if (request instanceof Request.Copy c) {
            out.add(new Query(c.sql()));
            return new Encoded(out, null, null);
        }
        Encoded e = switch (request) {
            case Request.SimpleQuery q -> throw new IllegalStateException("handled above");
            case Request.Copy c -> throw new IllegalStateException("handled above");
            case Request.Extended x -> extended(x, out);
            case Request.FetchPortal f -> {
                out.add(new Execute(f.portal(), f.maxRows()));
                out.add(new Sync());
                yield new Encoded(out, null, null);
            }
            case Request.ClosePortal c -> {
                out.add(Close.portal(c.portal()));
                out.add(new Sync());
                yield new Encoded(out, null, null);
            }
            case Request.SyncOnly s -> {
                out.add(new Sync());
                yield new Encoded(out, null, null);
            }
        };
        // portals and statements dropped since the last request (this one's evictions included):
        // closing them needs no Sync of its own
        List<FrontendMessage> all = new ArrayList<>();
        for (String name : cache.drainClosedPortals()) {
            all.add(Close.portal(name));
        }
        for (String name : cache.drainClosed()) {
            all.add(Close.statement(name));
        }
        all.addAll(e.messages());
        return new Encoded(all, e.parsing(), e.named());
    }

    private Encoded extended(Request.Extended x, List<FrontendMessage> out) {
        StatementCache.Entry entry = cache.use(StatementCache.key(x.sql(), x.parameterTypes()));
        StatementCache.Entry parsing = null;
        StatementCache.Entry named = null;
        String statement;
        if (entry.name != null) {
            statement = entry.name;
            named = entry;
        } else if (cache.shouldPrepare(entry)) {
            statement = cache.nextName();
            entry.parsingName = statement;
            parsing = entry;
            named = entry;
            out.add(new Parse(statement, x.sql(), x.parameterTypes()));
            // learn the result types once, so later runs can ask for binary columns
            out.add(Describe.statement(statement));
        } else {
            statement = "";
            out.add(new Parse("", x.sql(), x.parameterTypes()));
        }
        boolean first = true;
        int[] formats = parsing != null ? x.resultFormats() : resultFormats(x, named);
        for (byte[][] values : x.parameterSets()) {
            out.add(new Bind(x.portal(), statement, x.parameterFormats(), values, formats));
            if (first) {
                out.add(Describe.portal(x.portal()));
                first = false;
            }
            out.add(new Execute(x.portal(), x.maxRows()));
        }
        out.add(new Sync());
        return new Encoded(out, parsing, named);
    }
}
