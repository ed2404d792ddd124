package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecProvider;
import java.util.List;

/**
 * sqlwire's MySQL/MariaDB codecs, one per type family, found by {@link java.util.ServiceLoader}.
 * Java types:
 * <pre>
 * TINYINT SMALLINT MEDIUMINT INT, YEAR          Integer   (INT UNSIGNED: Long)
 * BIGINT                                         Long      (BIGINT UNSIGNED: BigInteger)
 * DECIMAL                                        BigDecimal
 * FLOAT / DOUBLE                                 Float / Double
 * BIT                                            byte[] (big-endian)
 * DATE / DATETIME, TIMESTAMP                     LocalDate / LocalDateTime (zero dates: zero_date_behavior)
 * TIME                                           Duration (may be negative or over 24 h)
 * CHAR VARCHAR TEXT ENUM SET JSON                String
 * BINARY VARBINARY BLOB GEOMETRY                 byte[]
 * </pre>
 */
public final class MySqlCodecProvider implements CodecProvider {

    /** The codecs, for a registry layer of its own. */
    public static final List<Codec<?>> CODECS = List.of(new IntegerCodec(), new DecimalCodec(), new FloatCodec(),
            new BytesCodec(), new StringCodec(), new DateTimeCodec(), new TimeCodec());

    public MySqlCodecProvider() {
        // found by ServiceLoader
    }

    @Override
    public List<Codec<?>> codecs() {
        return CODECS;
    }

    @Override
    public int priority() {
        return BUILTIN_PRIORITY;
    }
}
