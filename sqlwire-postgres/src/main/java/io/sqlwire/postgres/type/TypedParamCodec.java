package io.sqlwire.postgres.type;

import io.sqlwire.ProgrammingException;
import io.sqlwire.TypedParam;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Binds a {@link TypedParam} with the OID of its type name. When the value's own encoder binds
 * it as exactly that type, its binary form is sent; otherwise the value goes in text form with
 * the requested OID and the server parses it (a String for jsonb, an Integer for int8, a List for
 * int8[]). A null value is a NULL of that type: {@link #encode} returns {@code null}. Only the
 * built-in type names are known (see {@link PgTypes#oidOf}); other names are a
 * {@link ProgrammingException}, as finding their OID needs the server's catalog.
 */
final class TypedParamCodec implements Codec<Object> {
    static final TypedParamCodec INSTANCE = new TypedParamCodec();

    private TypedParamCodec() {
    }

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public boolean canDecode(TypeRef type, Format format) {
        return false;
    }

    @Override
    public Object decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
        throw new UnsupportedOperationException("TypedParamCodec only encodes");
    }

    @Override
    public boolean canEncode(Object value) {
        return value instanceof TypedParam;
    }

    @Override
    public Optional<TypeRef> preferredType(Object value, CodecContext context) {
        return Optional.of(PgTypes.ref(oid((TypedParam) value)));
    }

    static int oid(TypedParam param) {
        int oid = PgTypes.oidOf(param.typeName());
        if (oid == 0) {
            throw new ProgrammingException("unknown PostgreSQL type name \"" + param.typeName()
                    + "\" in a TypedParam: only built-in types can be named");
        }
        return oid;
    }

    @Override
    public Format preferredFormat(Object value, CodecContext context) {
        return nativeCodec((TypedParam) value, context).isPresent() ? Format.BINARY : Format.TEXT;
    }

    /** The value's own encoder when it binds the value as exactly the requested type in binary. */
    private static Optional<Codec<?>> nativeCodec(TypedParam param, CodecContext context) {
        Object v = param.value();
        if (v == null || v instanceof TypedParam) {
            return Optional.empty();
        }
        int oid = oid(param);
        return Optional.<Codec<?>>of(PgParameters.encoder(v, context))
                .filter(c -> c.preferredFormat(v, context) == Format.BINARY)
                .filter(c -> c.preferredType(v, context).map(TypeRef::id).orElse(0) == oid);
    }

    @Override
    public byte[] encode(Object value, Format format, CodecContext context) {
        TypedParam param = (TypedParam) value;
        Object v = param.value();
        if (v == null) {
            return null;
        }
        if (format == Format.BINARY) {
            Codec<?> codec = nativeCodec(param, context).orElseThrow(() -> new ProgrammingException(
                    "cannot send a " + v.getClass().getName() + " as " + param.typeName() + " in binary"));
            return codec.encode(v, Format.BINARY, context);
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return v.toString().getBytes(context.charset());
        }
        return PgParameters.encoder(v, context).encode(v, Format.TEXT, context);
    }

    @Override
    public String toString() {
        return "TypedParamCodec";
    }
}
