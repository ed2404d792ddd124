package io.sqlwire.postgres.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.Format;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogArrayCodecTest {
    /** An OID above the built-in range, as an enum created by a user gets. */
    static final int ENUM_OID = 16_400;
    static final int ENUM_ARRAY_OID = 16_399;

    static Object decode(CatalogArrayCodec codec, String text) {
        return codec.decode(PgTypes.ref(ENUM_ARRAY_OID), Format.TEXT,
                ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), Codecs.CTX);
    }

    @Test
    void enumArrayDecodesAsStringArray() {
        CatalogArrayCodec codec = new CatalogArrayCodec(ENUM_OID);
        Object v = decode(codec, "{happy,NULL,\"so-so\",\"NULL\"}");
        assertThat(v).isInstanceOf(String[].class);
        assertThat((String[]) v).containsExactly("happy", null, "so-so", "NULL");
        assertThat((String[][]) decode(codec, "{{a,b},{c,d}}")).isDeepEqualTo(new String[][] {{"a", "b"}, {"c", "d"}});
        assertThat((String[]) decode(codec, "{}")).isEmpty();
    }

    @Test
    void knownElementTypeDecodesThroughItsCodec() {
        // a domain's array reports the domain's OID; an array of a known element uses that element's codec
        Object v = decode(new CatalogArrayCodec(PgTypes.INT4), "{1,NULL,3}");
        assertThat((Integer[]) v).containsExactly(1, null, 3);
    }

    @Test
    void textOnlyAndMalformedInputNamesTheType() {
        CatalogArrayCodec codec = new CatalogArrayCodec(ENUM_OID);
        assertThat(codec.canDecode(PgTypes.ref(ENUM_ARRAY_OID), Format.TEXT)).isTrue();
        assertThat(codec.canDecode(PgTypes.ref(ENUM_ARRAY_OID), Format.BINARY)).isFalse();
        assertThatThrownBy(() -> decode(codec, "{{a},b}")).isInstanceOf(DataException.class)
                .hasMessageContaining("OID " + ENUM_OID);
    }
}
