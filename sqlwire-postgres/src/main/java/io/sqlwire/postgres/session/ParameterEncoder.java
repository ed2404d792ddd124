package io.sqlwire.postgres.session;

import io.sqlwire.InterfaceException;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.postgres.type.PgParameters;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Encodes Java parameter values for Bind through the PostgreSQL codecs ({@link PgParameters}), and
 * gives the text form and type of the common Java types for literals.
 */
public final class ParameterEncoder {

    /** The encoded parameters of one execution. */
    public record Encoded(int[] types, int[] formats, byte[][] values) {
    }

    private final CodecContext context;

    public ParameterEncoder(CodecContext context) {
        this.context = context;
    }

    /** Encodes one parameter set through the PostgreSQL codecs. */
    public Encoded encode(Object[] params) {
        int n = params.length;
        int[] types = new int[n];
        int[] formats = new int[n];
        byte[][] values = new byte[n][];
        for (int i = 0; i < n; i++) {
            PgParameters.Bound b = PgParameters.bind(params[i], context);
            types[i] = b.oid();
            formats[i] = b.format() == Format.BINARY ? 1 : 0;
            values[i] = b.value();
        }
        return new Encoded(types, formats, values);
    }

    static int typeOf(Object v) {
        return switch (v) {
            case Boolean b -> PgTypeNames.BOOL;
            case Short s -> PgTypeNames.INT2;
            case Byte b -> PgTypeNames.INT2;
            case Integer x -> PgTypeNames.INT4;
            case Long x -> PgTypeNames.INT8;
            case Float x -> PgTypeNames.FLOAT4;
            case Double x -> PgTypeNames.FLOAT8;
            case BigDecimal x -> PgTypeNames.NUMERIC;
            case BigInteger x -> PgTypeNames.NUMERIC;
            case LocalDate x -> PgTypeNames.DATE;
            case LocalTime x -> PgTypeNames.TIME;
            case LocalDateTime x -> PgTypeNames.TIMESTAMP;
            case OffsetDateTime x -> PgTypeNames.TIMESTAMPTZ;
            case ZonedDateTime x -> PgTypeNames.TIMESTAMPTZ;
            case Instant x -> PgTypeNames.TIMESTAMPTZ;
            case UUID x -> PgTypeNames.UUID;
            default -> 0;
        };
    }

    /** The PostgreSQL text form of a value. */
    static String text(Object v) {
        return switch (v) {
            case Boolean b -> b ? "t" : "f";
            case BigDecimal d -> d.toPlainString();
            case Double d when d.isInfinite() -> d > 0 ? "Infinity" : "-Infinity";
            case Float f when f.isInfinite() -> f > 0 ? "Infinity" : "-Infinity";
            case OffsetDateTime t -> t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case ZonedDateTime t -> t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case Instant t -> t.toString();
            case Character c -> {
                if (c == 0) {
                    throw new InterfaceException("a NUL character cannot be sent to PostgreSQL");
                }
                yield c.toString();
            }
            default -> v.toString();
        };
    }
}
