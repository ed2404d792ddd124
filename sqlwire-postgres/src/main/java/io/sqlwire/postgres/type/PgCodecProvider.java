package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecProvider;
import java.util.List;

/**
 * Registers sqlwire's PostgreSQL codecs, at the built-in priority so that any other provider wins.
 * Types without a codec here (enums, extension types) decode as text through the registry's fallback.
 */
public final class PgCodecProvider implements CodecProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PgCodecProvider() {
    }

    @Override
    public List<Codec<?>> codecs() {
        return List.of(
                StringCodec.INSTANCE, BoolCodec.INSTANCE,
                IntegerCodec.INT2, IntegerCodec.INT4, IntegerCodec.INT8, IntegerCodec.OID,
                FloatCodec.FLOAT4, FloatCodec.FLOAT8, NumericCodec.INSTANCE,
                ByteaCodec.INSTANCE, UuidCodec.INSTANCE, InetCodec.INSTANCE, MoneyCodec.INSTANCE,
                DateCodec.INSTANCE, TimeCodec.INSTANCE, TimeTzCodec.INSTANCE,
                TimestampCodec.INSTANCE, TimestampTzCodec.INSTANCE, IntervalCodec.INSTANCE,
                ArrayCodec.INSTANCE, TypedParamCodec.INSTANCE);
    }

    @Override
    public int priority() {
        return BUILTIN_PRIORITY;
    }
}
