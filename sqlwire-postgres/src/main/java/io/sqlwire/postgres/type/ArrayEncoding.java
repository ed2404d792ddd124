package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.postgres.PgInterval;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/** Encoding of an {@link ArrayShape} as a PostgreSQL array, binary or text; see {@link ArrayCodec}. */
final class ArrayEncoding {
    /** Element types by declared Java element class, for arrays without a non-null element. */
    private static final Map<Class<?>, Integer> DECLARED = Map.ofEntries(
            Map.entry(Integer.class, PgTypes.INT4), Map.entry(int.class, PgTypes.INT4),
            Map.entry(Long.class, PgTypes.INT8), Map.entry(long.class, PgTypes.INT8),
            Map.entry(Short.class, PgTypes.INT2), Map.entry(short.class, PgTypes.INT2),
            Map.entry(Float.class, PgTypes.FLOAT4), Map.entry(float.class, PgTypes.FLOAT4),
            Map.entry(Double.class, PgTypes.FLOAT8), Map.entry(double.class, PgTypes.FLOAT8),
            Map.entry(Boolean.class, PgTypes.BOOL), Map.entry(boolean.class, PgTypes.BOOL),
            Map.entry(BigDecimal.class, PgTypes.NUMERIC), Map.entry(BigInteger.class, PgTypes.NUMERIC),
            Map.entry(String.class, PgTypes.TEXT), Map.entry(byte[].class, PgTypes.BYTEA),
            Map.entry(UUID.class, PgTypes.UUID), Map.entry(LocalDate.class, PgTypes.DATE),
            Map.entry(LocalTime.class, PgTypes.TIME), Map.entry(OffsetTime.class, PgTypes.TIMETZ),
            Map.entry(LocalDateTime.class, PgTypes.TIMESTAMP), Map.entry(OffsetDateTime.class, PgTypes.TIMESTAMPTZ),
            Map.entry(Instant.class, PgTypes.TIMESTAMPTZ), Map.entry(ZonedDateTime.class, PgTypes.TIMESTAMPTZ),
            Map.entry(PgInterval.class, PgTypes.INTERVAL));

    private ArrayEncoding() {
    }

    /** The element OID to bind as, or 0 when nothing tells it (the array then goes as text, OID 0). */
    static int elementOid(ArrayShape shape, CodecContext context) {
        Object first = shape.firstNonNull();
        if (first == null) {
            return shape.leafClass() == null ? 0 : DECLARED.getOrDefault(shape.leafClass(), 0);
        }
        int oid = oidOf(first, context);
        if (PgTypes.arrayOf(oid) == 0) {
            throw new IllegalArgumentException("cannot bind an array of " + first.getClass().getName()
                    + ": no PostgreSQL array type for its element type (OID " + oid + ")");
        }
        return oid;
    }

    private static int oidOf(Object element, CodecContext context) {
        Codec<?> codec = encoder(element, context);
        // A String goes as OID 0 on its own; in an array it needs a type, and text accepts anything.
        return codec.preferredType(element, context).map(TypeRef::id).filter(id -> id != 0).orElse(PgTypes.TEXT);
    }

    private static Codec<?> encoder(Object element, CodecContext context) {
        return PgParameters.encoder(element, context);
    }

    static byte[] binary(ArrayShape shape, CodecContext context) {
        int elementOid = elementOid(shape, context);
        if (elementOid == 0) {
            elementOid = PgTypes.TEXT;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 8 * shape.elements().size());
        ByteBuffer header = ByteBuffer.allocate(12 + 8 * shape.dims().length);
        header.putInt(shape.dims().length).putInt(shape.hasNull() ? 1 : 0).putInt(elementOid);
        for (int d : shape.dims()) {
            header.putInt(d).putInt(1);
        }
        out.writeBytes(header.array());
        for (Object e : shape.elements()) {
            if (e == null) {
                out.writeBytes(new byte[] {-1, -1, -1, -1});
                continue;
            }
            if (oidOf(e, context) != elementOid) {
                throw new IllegalArgumentException("array elements of different types: " + e.getClass().getName()
                        + " among elements of type " + PgTypes.name(elementOid));
            }
            byte[] bytes = encoder(e, context).encode(e, Format.BINARY, context);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** The array literal, e.g. {@code {{"1","2"},{NULL,"3"}}}; every element quoted. */
    static String text(ArrayShape shape, CodecContext context) {
        StringBuilder sb = new StringBuilder();
        if (shape.dims().length == 0) {
            return "{}";
        }
        appendLevel(sb, shape, 0, new int[] {0}, context);
        return sb.toString();
    }

    private static void appendLevel(StringBuilder sb, ArrayShape shape, int depth, int[] next, CodecContext context) {
        sb.append('{');
        for (int i = 0; i < shape.dims()[depth]; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (depth + 1 < shape.dims().length) {
                appendLevel(sb, shape, depth + 1, next, context);
                continue;
            }
            Object e = shape.elements().get(next[0]++);
            String item = e == null ? null
                    : new String(encoder(e, context).encode(e, Format.TEXT, context), context.charset());
            ArrayText.appendElement(sb, item);
        }
        sb.append('}');
    }
}
