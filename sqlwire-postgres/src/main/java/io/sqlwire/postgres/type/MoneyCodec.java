package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * money as the server's text, e.g. {@code $1,234.56}: its format and scale depend on the server's
 * lc_monetary, which a client cannot see, so the value is not turned into a number. Text format
 * only: a protocol asks for money in text, as {@code hasDecoder(type, BINARY)} is false.
 */
final class MoneyCodec extends PgCodec<String> {
    static final MoneyCodec INSTANCE = new MoneyCodec();

    private MoneyCodec() {
        super(String.class, false, PgTypes.MONEY);
    }

    @Override
    String decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return text(value, context);
    }
}
