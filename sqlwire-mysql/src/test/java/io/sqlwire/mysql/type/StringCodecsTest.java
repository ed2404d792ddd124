package io.sqlwire.mysql.type;

import static io.sqlwire.mysql.type.Codecs.binary;
import static io.sqlwire.mysql.type.Codecs.encode;
import static io.sqlwire.mysql.type.Codecs.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.core.codec.TextCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class StringCodecsTest {
    static final int UTF8MB4 = 45;

    @Test
    void textTypesAreStrings() {
        TypeRef varchar = MySqlTypes.column(MySqlTypes.VAR_STRING, 0, UTF8MB4, 0);
        assertThat(binary(varchar, "68c3a96c6c6ff09f9880")).isEqualTo("héllo😀");
        assertThat(text(MySqlTypes.column(MySqlTypes.BLOB, 16, UTF8MB4, 0), "a text")).isEqualTo("a text");
        TypeRef enumType = MySqlTypes.column(MySqlTypes.STRING, MySqlTypes.ENUM_FLAG, UTF8MB4, 0);
        assertThat(enumType.name()).isEqualTo("ENUM");
        assertThat(text(enumType, "small")).isEqualTo("small");
        assertThat(text(MySqlTypes.column(MySqlTypes.STRING, MySqlTypes.SET_FLAG, UTF8MB4, 0), "a,c")).isEqualTo("a,c");
        assertThat(text(MySqlTypes.column(MySqlTypes.JSON, 144, 63, 0), "{\"a\": 1}")).isEqualTo("{\"a\": 1}");
        assertThat(encode("héllo")).isEqualTo("VAR_STRING:68c3a96c6c6f");
    }

    @Test
    void binaryCharsetMeansBytes() {
        TypeRef varbinary = MySqlTypes.column(MySqlTypes.VAR_STRING, 128, MySqlTypes.BINARY_CHARSET, 0);
        assertThat(varbinary.has(TypeFlag.BINARY)).isTrue();
        assertThat((byte[]) binary(varbinary, "00ff10")).containsExactly(0x00, 0xff, 0x10);
        assertThat((byte[]) binary(MySqlTypes.column(MySqlTypes.BIT, 32, MySqlTypes.BINARY_CHARSET, 0), "0005"))
                .containsExactly(0, 5);
        assertThat((byte[]) text(MySqlTypes.column(MySqlTypes.GEOMETRY, 144, 63, 0), "ab")).containsExactly('a', 'b');
        assertThat(encode(new byte[] {1, 2})).isEqualTo("BLOB:0102");
        // A text column with a binary collation (utf8mb4_bin, flag 128) is still text.
        TypeRef binCollation = MySqlTypes.column(MySqlTypes.VAR_STRING, 128, 46, 0);
        assertThat(binary(binCollation, "6869")).isEqualTo("hi");
    }

    @Test
    void everyTypeHasACodecExceptNull() {
        for (int id : new int[] {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 245, 246, 247, 248,
                249, 250, 251, 252, 253, 254, 255}) {
            for (Format f : Format.values()) {
                assertThat(Codecs.REGISTRY.decoder(MySqlTypes.of(id), f)).as(MySqlTypes.name(id))
                        .isNotSameAs(TextCodec.fallback());
            }
        }
    }

    @Test
    void binaryLayoutSlicesRowValues() {
        // LONGLONG 1, lenenc string "ab", DATETIME len 4, TIME len 0, 300-byte string with 0xFC length
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        row.writeBytes(HexFormat.of().parseHex("0100000000000000" + "026162" + "04e807020f" + "00"));
        row.writeBytes(HexFormat.of().parseHex("fc2c01"));
        row.writeBytes(new byte[300]);
        ByteBuffer buf = ByteBuffer.wrap(row.toByteArray());
        assertThat(BinaryLayout.next(MySqlTypes.LONGLONG, buf).remaining()).isEqualTo(8);
        assertThat(BinaryLayout.next(MySqlTypes.VAR_STRING, buf).get(1)).isEqualTo((byte) 'b');
        assertThat(BinaryLayout.next(MySqlTypes.DATETIME, buf).remaining()).isEqualTo(4);
        assertThat(BinaryLayout.next(MySqlTypes.TIME, buf).remaining()).isZero();
        assertThat(BinaryLayout.next(MySqlTypes.BLOB, buf).remaining()).isEqualTo(300);
        assertThat(buf.hasRemaining()).isFalse();
    }

    @Test
    void binaryLayoutWritesPrefixes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryLayout.writeParameter(MySqlTypes.LONG, new byte[] {1, 0, 0, 0}, out);
        BinaryLayout.writeParameter(MySqlTypes.DATE, new byte[] {(byte) 0xe8, 7, 2, 15}, out);
        BinaryLayout.writeParameter(MySqlTypes.VAR_STRING, new byte[] {'x'}, out);
        BinaryLayout.writeParameter(MySqlTypes.BLOB, new byte[251], out);
        String hex = HexFormat.of().formatHex(out.toByteArray());
        assertThat(hex).startsWith("01000000" + "04e807020f" + "0178" + "fcfb00");
    }

    @Test
    void providerIsFoundByServiceLoader() {
        TypeRef bigintUnsigned = MySqlTypes.unsigned(MySqlTypes.LONGLONG);
        assertThat(io.sqlwire.core.codec.CodecRegistry.global().decoder(bigintUnsigned, Format.BINARY).javaType())
                .isEqualTo(Number.class);
        assertThat(MySqlEncoders.find(io.sqlwire.core.codec.CodecRegistry.global(), 1, Codecs.CTX)).isPresent();
    }

    @Test
    void encoderLookupSkipsOtherBackendsCodecs() {
        io.sqlwire.core.codec.Codec<Integer> foreign = new io.sqlwire.core.codec.Codec<>() {
            @Override
            public Class<Integer> javaType() {
                return Integer.class;
            }

            @Override
            public boolean canDecode(TypeRef type, Format format) {
                return false;
            }

            @Override
            public Integer decode(TypeRef type, Format format, ByteBuffer value, io.sqlwire.core.codec.CodecContext c) {
                throw new AssertionError();
            }

            @Override
            public boolean canEncode(Object value) {
                return value instanceof Integer;
            }

            @Override
            public java.util.Optional<TypeRef> preferredType(Object value, io.sqlwire.core.codec.CodecContext c) {
                return java.util.Optional.of(TypeRef.of("postgresql", 23, "int4"));
            }
        };
        io.sqlwire.core.codec.CodecRegistry layer = Codecs.REGISTRY.newLayer().register(foreign);
        assertThat(layer.encoder(7)).contains(foreign);
        assertThat(MySqlEncoders.find(layer, 7, Codecs.CTX).orElseThrow()).isInstanceOf(IntegerCodec.class);
        assertThat(MySqlEncoders.find(layer, new Object(), Codecs.CTX)).isEmpty();
    }
}
