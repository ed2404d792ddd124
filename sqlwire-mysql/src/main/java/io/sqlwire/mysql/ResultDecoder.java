package io.sqlwire.mysql;

import io.sqlwire.Column;
import io.sqlwire.Row;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.core.result.ResultColumns;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.type.MySqlCodecContext;
import io.sqlwire.mysql.type.MySqlTypes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the text or binary rows of one result set into {@link Row}s: one codec per column, looked up once
 * in the codec registry from the column's {@link TypeRef} (type byte, UNSIGNED flag, binary
 * charset, decimals), and the {@link Column} descriptions of {@code cursor.description}.
 */
final class ResultDecoder {
    private final ResultColumns columns;
    private final TypeRef[] types;
    private final Codec<?>[] codecs;
    private final MySqlCodecContext context;
    private final Format format;

    /** @param binary whether the rows are binary (a prepared statement's) rather than text */
    ResultDecoder(List<ColumnDefinition41> defs, boolean binary, CodecRegistry registry, MySqlCodecContext context) {
        this.context = context;
        this.format = binary ? Format.BINARY : Format.TEXT;
        int n = defs.size();
        types = new TypeRef[n];
        codecs = new Codec<?>[n];
        List<Column> cols = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ColumnDefinition41 d = defs.get(i);
            types[i] = MySqlTypes.column(d.type(), d.flags(), d.characterSet(), d.decimals());
            codecs[i] = registry.decoder(types[i], format);
            cols.add(column(d, types[i]));
        }
        columns = new ResultColumns(cols);
    }

    ResultColumns columns() {
        return columns;
    }

    Row row(byte[][] raw) {
        Object[] values = new Object[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[i] == null ? null : codecs[i].decode(types[i], format,
                    ByteBuffer.wrap(raw[i]).order(java.nio.ByteOrder.LITTLE_ENDIAN), context);
        }
        return columns.row(values);
    }

    /** {@code cursor.description}: display size from the column length, precision and scale for numbers. */
    static Column column(ColumnDefinition41 d, TypeRef type) {
        boolean numeric = switch (d.type()) {
            case MySqlTypes.DECIMAL, MySqlTypes.NEWDECIMAL, MySqlTypes.TINY, MySqlTypes.SHORT, MySqlTypes.LONG,
                    MySqlTypes.FLOAT, MySqlTypes.DOUBLE, MySqlTypes.LONGLONG, MySqlTypes.INT24 -> true;
            default -> false;
        };
        int length = (int) Math.min(Integer.MAX_VALUE, d.columnLength());
        String name = type.name() + (type.has(TypeFlag.UNSIGNED) ? " UNSIGNED" : "")
                + (type.has(TypeFlag.BINARY) ? " BINARY" : "");
        return new Column(d.name(), name, length, -1, numeric ? length : -1, numeric ? d.decimals() : -1,
                !d.isNotNull());
    }
}
