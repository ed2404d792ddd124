package io.sqlwire.postgres.type;

import static io.sqlwire.postgres.type.Codecs.REGISTRY;
import static io.sqlwire.postgres.type.Codecs.binary;
import static io.sqlwire.postgres.type.Codecs.encodeHex;
import static io.sqlwire.postgres.type.Codecs.oid;
import static io.sqlwire.postgres.type.Codecs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TextCodec;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OtherCodecsTest {

    @Test
    void strings() {
        for (int oid : new int[] {PgTypes.TEXT, PgTypes.VARCHAR, PgTypes.BPCHAR, PgTypes.NAME, PgTypes.UNKNOWN,
                PgTypes.CHAR, PgTypes.JSON}) {
            assertThat(text(oid, "héllo")).isEqualTo("héllo");
            assertThat(binary(oid, "68c3a96c6c6f")).isEqualTo("héllo");
        }
        assertThat(binary(PgTypes.JSONB, "017b2278223a20317d")).isEqualTo("{\"x\": 1}");
        assertThatThrownBy(() -> binary(PgTypes.JSONB, "027b7d")).isInstanceOf(DataException.class)
                .hasMessageContaining("jsonb version 2");
        assertThat(oid("text")).isZero();   // strings let the server infer their type
        assertThat(REGISTRY.encoder("x").orElseThrow().preferredFormat("x", Codecs.CTX)).isEqualTo(Format.TEXT);
    }

    @Test
    void bytea() {
        assertThat((byte[]) text(PgTypes.BYTEA, "\\x00ff7f")).containsExactly(0, -1, 127);
        assertThat((byte[]) text(PgTypes.BYTEA, "\\x")).isEmpty();
        assertThat((byte[]) text(PgTypes.BYTEA, "a\\\\b\\000\\377")).containsExactly('a', '\\', 'b', 0, -1);
        assertThat((byte[]) binary(PgTypes.BYTEA, "00ff")).containsExactly(0, -1);
        assertThat(encodeHex(new byte[] {1, 2})).isEqualTo("0102");
        assertThat(oid(new byte[0])).isEqualTo(PgTypes.BYTEA);
        assertThatThrownBy(() -> text(PgTypes.BYTEA, "\\x0g")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> text(PgTypes.BYTEA, "\\x0")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> text(PgTypes.BYTEA, "\\8")).isInstanceOf(DataException.class);
    }

    @Test
    void uuid() {
        UUID u = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(text(PgTypes.UUID, u.toString())).isEqualTo(u);
        assertThat(binary(PgTypes.UUID, "a0eebc999c0b4ef8bb6d6bb9bd380a11")).isEqualTo(u);
        assertThat(encodeHex(u)).isEqualTo("a0eebc999c0b4ef8bb6d6bb9bd380a11");
        assertThat(oid(u)).isEqualTo(PgTypes.UUID);
    }

    @Test
    void inet() {
        assertThat(binary(PgTypes.INET, "0380001000000000000000000000ffff01020304")).isEqualTo("::ffff:1.2.3.4");
        assertThat(binary(PgTypes.CIDR, "020801040a000000")).isEqualTo("10.0.0.0/8");
        assertThat(binary(PgTypes.INET, "0340001020010db8000000000000000000000001")).isEqualTo("2001:db8::1/64");
        assertThat(binary(PgTypes.INET, "0220000400000001")).isEqualTo("0.0.0.1");
        assertThat(binary(PgTypes.INET, "0380001000000000000000000000000000000001")).isEqualTo("::1");
        assertThat(binary(PgTypes.INET, "0380001000010000000000000000000000000000")).isEqualTo("1::");
        assertThat(binary(PgTypes.INET, "0380001000010000000100000000000000000001")).isEqualTo("1:0:1::1");
        assertThat(text(PgTypes.CIDR, "10.0.0.0/8")).isEqualTo("10.0.0.0/8");
    }

    @Test
    void moneyEnumsAndUnknownTypesAreText() {
        assertThat(text(PgTypes.MONEY, "$1,234.56")).isEqualTo("$1,234.56");
        assertThat(REGISTRY.hasDecoder(PgTypes.ref(PgTypes.MONEY), Format.BINARY)).isFalse();
        assertThat(REGISTRY.decoder(PgTypes.ref(98765), Format.TEXT)).isSameAs(TextCodec.fallback());
        assertThat(text(98765, "happy")).isEqualTo("happy");
    }

    @Test
    void providerIsFoundByServiceLoader() {
        CodecRegistry discovered = CodecRegistry.discover(getClass().getClassLoader());
        assertThat(discovered.hasDecoder(PgTypes.ref(PgTypes.INT4), Format.BINARY)).isTrue();
        assertThat(new PgCodecProvider().priority()).isEqualTo(-100);
    }

    @Test
    void typeNames() {
        assertThat(PgTypes.oidOf("INTEGER")).isEqualTo(PgTypes.INT4);
        assertThat(PgTypes.oidOf("double precision")).isEqualTo(PgTypes.FLOAT8);
        assertThat(PgTypes.oidOf("jsonb[]")).isEqualTo(3807);
        assertThat(PgTypes.oidOf("_int4")).isEqualTo(1007);
        assertThat(PgTypes.oidOf("hstore")).isZero();
        assertThat(PgTypes.elementOf(1007)).isEqualTo(PgTypes.INT4);
        assertThat(PgTypes.arrayOf(PgTypes.TIMESTAMPTZ)).isEqualTo(1185);
        assertThat(PgTypes.name(1185)).isEqualTo("_timestamptz");
        assertThat(PgTypes.ref(99999).name()).isEmpty();
    }
}
