package io.sqlwire.postgres.session;

import io.sqlwire.Column;
import io.sqlwire.Row;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TextCodec;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.postgres.type.CatalogArrayCodec;
import io.sqlwire.postgres.type.PgTypes;
import io.sqlwire.core.result.ResultColumns;
import io.sqlwire.postgres.protocol.message.backend.DataRow;
import io.sqlwire.postgres.protocol.message.backend.RowDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * Decodes the rows of one result: the codec of each column is looked up once, from its type OID
 * and format, when the RowDescription arrives; each value is decoded from the DataRow's buffer
 * when the row is fetched. Types without a codec decode as text.
 */
public final class RowDecoder {
    private final ResultColumns columns;
    private final TypeRef[] types;
    private final Format[] formats;
    private final Codec<?>[] codecs;
    private final CodecContext context;

    public RowDecoder(RowDescription d, CodecContext context) {
        this.context = context;
        int n = d.fields().size();
        types = new TypeRef[n];
        formats = new Format[n];
        codecs = new Codec<?>[n];
        List<Column> cols = new ArrayList<>(n);
        CodecRegistry registry = context.registry();
        for (int i = 0; i < n; i++) {
            RowDescription.Field f = d.fields().get(i);
            Column c = PgTypeNames.column(f);
            cols.add(c);
            types[i] = PgTypes.ref(f.typeOid(), f.typeModifier());
            formats[i] = f.format() == 1 ? Format.BINARY : Format.TEXT;
            codecs[i] = registry.decoder(types[i], formats[i]);
        }
        columns = new ResultColumns(cols);
    }

    /**
     * The type OIDs of text columns that only the text fallback decodes: candidates for a
     * {@code pg_type} look-up (an enum's array is one).
     */
    public Set<Integer> unresolvedTypes() {
        Set<Integer> oids = new TreeSet<>();
        for (int i = 0; i < codecs.length; i++) {
            if (formats[i] == Format.TEXT && codecs[i] == TextCodec.fallback()) {
                oids.add(types[i].id());
            }
        }
        return oids;
    }

    /**
     * Decodes the columns of an array type found in the catalog as arrays: {@code elementOf} gives
     * the element OID of a type OID, 0 when it is no array (the column stays text).
     */
    public void resolveArrays(IntUnaryOperator elementOf) {
        for (int i = 0; i < codecs.length; i++) {
            if (formats[i] == Format.TEXT && codecs[i] == TextCodec.fallback()) {
                int element = elementOf.applyAsInt(types[i].id());
                if (element != 0) {
                    codecs[i] = new CatalogArrayCodec(element);
                }
            }
        }
    }

    public List<Column> columns() {
        return columns.columns();
    }

    public Row decode(DataRow row) {
        if (row.size() != codecs.length) {
            throw new io.sqlwire.InternalException("malformed DataRow from the server: " + row.size()
                    + " columns where the RowDescription has " + codecs.length, "08P01", 0, false, null);
        }
        Object[] values = new Object[codecs.length];
        for (int i = 0; i < codecs.length; i++) {
            if (!row.isNull(i)) {
                values[i] = codecs[i].decode(types[i], formats[i], row.value(i), context);
            }
        }
        return columns.row(values);
    }
}
