package io.sqlwire.postgres.type;

import static io.sqlwire.postgres.type.Codecs.CTX;
import static io.sqlwire.postgres.type.Codecs.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import io.sqlwire.TypedParam;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.Format;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedParamCodecTest {

    record Bound(int oid, Format format, String text) {
    }

    static Bound bind(TypedParam p) {
        Codec<?> c = REGISTRY.encoder(p).orElseThrow();
        Format f = c.preferredFormat(p, CTX);
        byte[] bytes = c.encode(p, f, CTX);
        String s = bytes == null ? null
                : f == Format.TEXT ? new String(bytes, StandardCharsets.UTF_8) : HexFormat.of().formatHex(bytes);
        return new Bound(c.preferredType(p, CTX).orElseThrow().id(), f, s);
    }

    @Test
    void textWithTheNamedOid() {
        assertThat(bind(TypedParam.of("{\"a\": 1}", "jsonb"))).isEqualTo(new Bound(3802, Format.TEXT, "{\"a\": 1}"));
        assertThat(bind(TypedParam.of(5, "bigint"))).isEqualTo(new Bound(20, Format.TEXT, "5"));
        assertThat(bind(TypedParam.of(List.of(1, 2), "int8[]"))).isEqualTo(new Bound(1016, Format.TEXT, "{\"1\",\"2\"}"));
        assertThat(bind(TypedParam.of(null, "uuid"))).isEqualTo(new Bound(2950, Format.TEXT, null));
    }

    @Test
    void binaryWhenTheValueAlreadyHasThatType() {
        assertThat(bind(TypedParam.of(5, "int4"))).isEqualTo(new Bound(23, Format.BINARY, "00000005"));
        assertThat(bind(TypedParam.of(List.of(5), "integer[]")).format()).isEqualTo(Format.BINARY);
    }

    @Test
    void unknownNames() {
        assertThatThrownBy(() -> bind(TypedParam.of("a=>1", "hstore"))).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("\"hstore\"");
        assertThatThrownBy(() -> TypedParam.of(1, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
