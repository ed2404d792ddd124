package io.sqlwire.postgres.type;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import java.lang.reflect.Array;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Arrays of the built-in types as Java arrays of the element codec's type: {@code Integer[]},
 * {@code String[][]}, ... with {@code null} for NULL elements. Lower bounds are dropped (Java
 * arrays start at 0) and an empty array is a zero-length one-dimensional array. Elements decode
 * through the registry in effect, so an application's element codec applies inside arrays too.
 *
 * <p>Binary layout: int32 ndim, int32 has-nulls flag, int32 element OID, then for each dimension
 * int32 length and int32 lower bound, then each element in row-major order as int32 length (-1
 * for NULL) and its bytes. Java arrays (also primitive ones but byte[]) and Lists bind as the array
 * type of their first non-null element's type; with no non-null element, the Java array's declared
 * element type decides, and failing that (a List of nulls, an empty List) the value goes as text
 * with OID 0 for the server to infer.
 */
final class ArrayCodec implements Codec<Object[]> {
    static final ArrayCodec INSTANCE = new ArrayCodec();
    private static final int BOX = 603;
    /** Element types some sqlwire codec decodes in binary; other arrays are asked for in text. */
    private static final Set<Integer> BINARY_ELEMENTS = Set.of(PgTypes.BOOL, PgTypes.BYTEA, PgTypes.CHAR,
            PgTypes.NAME, PgTypes.INT8, PgTypes.INT2, PgTypes.INT4, PgTypes.TEXT, PgTypes.OID, PgTypes.JSON,
            PgTypes.XML, PgTypes.CIDR, PgTypes.FLOAT4, PgTypes.FLOAT8, PgTypes.INET, PgTypes.BPCHAR,
            PgTypes.VARCHAR, PgTypes.DATE, PgTypes.TIME, PgTypes.TIMESTAMP, PgTypes.TIMESTAMPTZ, PgTypes.INTERVAL,
            PgTypes.TIMETZ, PgTypes.NUMERIC, PgTypes.UUID, PgTypes.JSONB);

    private ArrayCodec() {
    }

    @Override
    public Class<Object[]> javaType() {
        return Object[].class;
    }

    @Override
    public boolean canDecode(TypeRef type, Format format) {
        int element = PgTypes.elementOf(type.id());
        return type.isBackend(PgTypes.BACKEND) && element != 0
                && (format == Format.TEXT || BINARY_ELEMENTS.contains(element));
    }

    @Override
    public Object[] decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
        try {
            return format == Format.BINARY ? decodeBinary(type, value, context)
                    : decodeText(PgTypes.elementOf(type.id()), value, context);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new DataException("invalid " + format.name().toLowerCase() + " " + PgTypes.describe(type)
                    + " value: " + e.getMessage(), e);
        }
    }

    /** Decodes an array's text form whose elements are of type {@code elementOid}. */
    static Object[] decodeText(int elementOid, ByteBuffer value, CodecContext context) {
        TypeRef elementType = PgTypes.ref(elementOid);
        Codec<?> element = context.registry().decoder(elementType, Format.TEXT);
        List<Object> tree = ArrayText.parse(PgCodec.text(value, context), elementOid == BOX ? ';' : ',');
        int[] dims = dims(tree);
        Object[] result = (Object[]) Array.newInstance(component(element), dims);
        fill(result, tree, dims.length, item -> {
            ByteBuffer bytes = ByteBuffer.wrap(((String) item).getBytes(context.charset()));
            return element.decode(elementType, Format.TEXT, bytes, context);
        });
        return result;
    }

    /** The Java array's element class: the element codec's type (an application codec might name a primitive). */
    private static Class<?> component(Codec<?> element) {
        Class<?> c = element.javaType();
        return c.isPrimitive() ? Object.class : c;
    }

    private static int[] dims(List<Object> tree) {
        int depth = 0;
        Object level = tree;
        while (level instanceof List<?> l && !l.isEmpty()) {
            depth++;
            level = l.get(0);
        }
        int[] dims = new int[Math.max(depth, 1)];
        level = tree;
        for (int i = 0; i < depth; i++) {
            dims[i] = ((List<?>) level).size();
            level = ((List<?>) level).get(0);
        }
        return dims;
    }

    private static void fill(Object[] target, List<?> items, int depth, Function<Object, Object> leaf) {
        if (items.size() != target.length) {
            throw new IllegalArgumentException("sub-arrays of different lengths");
        }
        for (int i = 0; i < target.length; i++) {
            Object item = items.get(i);
            if (depth > 1) {
                if (!(item instanceof List<?> sub)) {
                    throw new IllegalArgumentException("element where a sub-array was expected");
                }
                fill((Object[]) target[i], sub, depth - 1, leaf);
            } else if (item instanceof List<?>) {
                throw new IllegalArgumentException("sub-array where an element was expected");
            } else {
                target[i] = item == null ? null : leaf.apply(item);
            }
        }
    }

    private Object[] decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        int ndim = value.getInt();
        value.getInt();   // has-nulls flag: the lengths say it too
        int elementOid = value.getInt();
        if (ndim < 0 || ndim > 6) {
            throw new IllegalArgumentException("bad number of dimensions " + ndim);
        }
        TypeRef elementType = PgTypes.ref(elementOid);
        Codec<?> element = context.registry().decoder(elementType, Format.BINARY);
        int[] dims = new int[Math.max(ndim, 1)];
        for (int i = 0; i < ndim; i++) {
            dims[i] = value.getInt();
            value.getInt();   // lower bound: Java arrays start at 0
        }
        long count = 1;
        for (int d : dims) {
            count *= d;
            // Each element takes at least its 4-byte length: a bad header must not allocate a huge array.
            if (d < 0 || count * 4 > value.remaining()) {
                throw new IllegalArgumentException("dimensions " + java.util.Arrays.toString(dims)
                        + " do not fit in " + value.remaining() + " bytes");
            }
        }
        Object[] result = (Object[]) Array.newInstance(component(element), dims);
        fillBinary(result, ndim, value, element, elementType, context);
        return result;
    }

    private static void fillBinary(Object[] target, int depth, ByteBuffer value, Codec<?> element,
                                   TypeRef elementType, CodecContext context) {
        for (int i = 0; i < target.length; i++) {
            if (depth > 1) {
                fillBinary((Object[]) target[i], depth - 1, value, element, elementType, context);
                continue;
            }
            int length = value.getInt();
            if (length < 0) {
                continue;
            }
            ByteBuffer slice = value.slice(value.position(), length);
            value.position(value.position() + length);
            target[i] = element.decode(elementType, Format.BINARY, slice, context);
        }
    }

    @Override
    public boolean canEncode(Object value) {
        return ArrayShape.isArrayLike(value);
    }

    @Override
    public Optional<TypeRef> preferredType(Object value, CodecContext context) {
        int elementOid = ArrayEncoding.elementOid(ArrayShape.of(value), context);
        return elementOid == 0 ? Optional.empty() : Optional.of(PgTypes.ref(PgTypes.arrayOf(elementOid)));
    }

    @Override
    public Format preferredFormat(Object value, CodecContext context) {
        return ArrayEncoding.elementOid(ArrayShape.of(value), context) == 0 ? Format.TEXT : Format.BINARY;
    }

    @Override
    public byte[] encode(Object value, Format format, CodecContext context) {
        ArrayShape shape = ArrayShape.of(value);
        if (format == Format.TEXT) {
            return ArrayEncoding.text(shape, context).getBytes(context.charset());
        }
        return ArrayEncoding.binary(shape, context);
    }

    @Override
    public String toString() {
        return "ArrayCodec";
    }
}
