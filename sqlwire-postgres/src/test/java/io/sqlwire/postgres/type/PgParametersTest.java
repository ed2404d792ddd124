package io.sqlwire.postgres.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import io.sqlwire.TypedParam;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.postgres.type.PgParameters.Bound;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PgParametersTest {

    /** Another backend's integer codec, as the global registry would also hold. */
    record OtherBackendInts() implements Codec<Integer> {
        @Override
        public Class<Integer> javaType() {
            return Integer.class;
        }

        @Override
        public boolean canDecode(TypeRef type, Format format) {
            return false;
        }

        @Override
        public Integer decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean canEncode(Object value) {
            return value instanceof Integer;
        }

        @Override
        public Optional<TypeRef> preferredType(Object value, CodecContext context) {
            return Optional.of(TypeRef.of("mysql", 3, "LONG"));
        }
    }

    static final CodecRegistry MIXED = Codecs.REGISTRY.newLayer().register(new OtherBackendInts());
    static final CodecContext CTX = CodecContext.of(PgTypes.BACKEND, StandardCharsets.UTF_8, ZoneOffset.UTC, MIXED);

    static String hex(Bound b) {
        return HexFormat.of().formatHex(b.value());
    }

    @Test
    void skipsOtherBackendsCodecs() {
        Bound b = PgParameters.bind(42, CTX);
        assertThat(b.oid()).isEqualTo(PgTypes.INT4);
        assertThat(b.format()).isEqualTo(Format.BINARY);
        assertThat(hex(b)).isEqualTo("0000002a");
        Bound array = PgParameters.bind(List.of(1, 2), CTX);
        assertThat(array.oid()).isEqualTo(1007);
    }

    @Test
    void nullsStringsAndHints() {
        assertThat(PgParameters.bind(null, CTX)).isEqualTo(new Bound(0, Format.TEXT, null));
        Bound s = PgParameters.bind("héllo", CTX);
        assertThat(s.oid()).isZero();
        assertThat(s.format()).isEqualTo(Format.TEXT);
        assertThat(new String(s.value(), StandardCharsets.UTF_8)).isEqualTo("héllo");
        Bound typedNull = PgParameters.bind(TypedParam.of(null, "jsonb"), CTX);
        assertThat(typedNull.oid()).isEqualTo(PgTypes.JSONB);
        assertThat(typedNull.value()).isNull();
    }

    @Test
    void unencodableValuesNameTheirClass() {
        assertThatThrownBy(() -> PgParameters.bind(new Object(), CTX)).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> PgParameters.bind(List.of(1, "x"), CTX)).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("different types");
    }
}
