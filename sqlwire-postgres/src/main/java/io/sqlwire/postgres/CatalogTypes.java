package io.sqlwire.postgres;

import io.sqlwire.SqlwireException;
import io.sqlwire.postgres.protocol.flow.Request;
import io.sqlwire.postgres.session.RowDecoder;
import io.sqlwire.postgres.type.PgTypes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-session cache of {@code pg_type} look-ups for result columns whose type OID no codec
 * knows: an array type found there (an enum's array) decodes as a Java array of its elements.
 * Each OID is looked up once per session, on the same session, after the statement that produced
 * the column completed and before its rows are decoded; inside a transaction the look-up runs in
 * that transaction. A failed look-up leaves the column as text. Used under the session lock only.
 */
final class CatalogTypes {
    private static final String LOOKUP = "select typelem, typtype, typlen from pg_type where oid = $1";
    private final Map<Integer, Integer> elementOf = new HashMap<>();

    /** Forgets every OID: a new session may be connected to another database. */
    void clear() {
        elementOf.clear();
    }

    /** Looks up the unknown column types of {@code results} and turns the array columns into arrays. */
    void resolve(PgConnection conn, List<PgResult> results) {
        for (PgResult r : results) {
            if (r.decoder == null) {
                continue;
            }
            RowDecoder d = r.decoder;
            for (int oid : d.unresolvedTypes()) {
                if (!elementOf.containsKey(oid)) {
                    elementOf.put(oid, lookUp(conn, oid));
                }
            }
            d.resolveArrays(oid -> elementOf.getOrDefault(oid, 0));
        }
    }

    /** The element OID of the array type {@code oid}, 0 for any other type (or a failed look-up). */
    private static int lookUp(PgConnection conn, int oid) {
        byte[] param = Integer.toString(oid).getBytes(StandardCharsets.US_ASCII);
        Request q = new Request.Extended(LOOKUP, new int[] {PgTypes.OID}, List.<byte[][]>of(new byte[][] {param}),
                new int[] {0}, new int[0], "", 0);
        PgResult.Collector c = new PgResult.Collector(conn.codecContext());
        try {
            conn.run(q, c);
        } catch (SqlwireException e) {
            return 0;
        }
        if (c.results.isEmpty() || c.results.get(0).rows.isEmpty()) {
            return 0;
        }
        PgResult r = c.results.get(0);
        io.sqlwire.Row row = r.decoder.decode(r.rows.poll());
        long element = ((Number) row.get(0)).longValue();
        String typtype = String.valueOf(row.get(1));
        int typlen = ((Number) row.get(2)).intValue();
        // a true array is a varlena base type with an element; fixed-length types with typelem
        // (point-like) are not arrays in the text form
        return element != 0 && typlen == -1 && typtype.equals("b") ? (int) element : 0;
    }
}
