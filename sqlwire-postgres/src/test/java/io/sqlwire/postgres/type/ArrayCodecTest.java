package io.sqlwire.postgres.type;

import static io.sqlwire.postgres.type.Codecs.CTX;
import static io.sqlwire.postgres.type.Codecs.REGISTRY;
import static io.sqlwire.postgres.type.Codecs.binary;
import static io.sqlwire.postgres.type.Codecs.encodeHex;
import static io.sqlwire.postgres.type.Codecs.oid;
import static io.sqlwire.postgres.type.Codecs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.Format;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binary expectations are PostgreSQL 15's array_send output. */
class ArrayCodecTest {
    static final String INT4_2D_WITH_NULL = "00000002" + "00000001" + "00000017" + "00000002" + "00000001"
            + "00000002" + "00000001" + "00000004" + "00000001" + "ffffffff" + "00000004" + "00000003"
            + "00000004" + "00000004";

    @Test
    void binaryTwoDimensionsWithNull() {
        Object v = binary(1007, INT4_2D_WITH_NULL);
        assertThat(v).isInstanceOf(Integer[][].class);
        assertThat((Integer[][]) v).isDeepEqualTo(new Integer[][] {{1, null}, {3, 4}});
        assertThat(encodeHex(new Integer[][] {{1, null}, {3, 4}})).isEqualTo(INT4_2D_WITH_NULL);
        assertThat(encodeHex(List.of(Arrays.asList(1, null), List.of(3, 4)))).isEqualTo(INT4_2D_WITH_NULL);
        assertThat(oid(new Integer[][] {{1}})).isEqualTo(1007);
    }

    @Test
    void binaryLowerBoundAndEmpty() {
        Object v = binary(1009, "00000001000000000000001900000002000000000000000161" + "0000000162");
        assertThat((String[]) v).containsExactly("a", "b");
        Object empty = binary(1007, "000000000000000000000017");
        assertThat(empty).isInstanceOf(Integer[].class);
        assertThat((Integer[]) empty).isEmpty();
        assertThat(encodeHex(new Integer[0])).isEqualTo("000000000000000000000017");
        assertThat(encodeHex(new int[] {7})).isEqualTo("00000001000000000000001700000001000000010000000400000007");
    }

    @Test
    void textForm() {
        assertThat((Integer[][]) text(1007, "{{1,NULL},{3,4}}")).isDeepEqualTo(new Integer[][] {{1, null}, {3, 4}});
        assertThat((String[]) text(1009, "{\"a,b\",\"c\\\"d\",NULL,\"NULL\",plain,\"\\\\\"}"))
                .containsExactly("a,b", "c\"d", null, "NULL", "plain", "\\");
        assertThat((String[]) text(1009, "[0:1]={x,y}")).containsExactly("x", "y");
        assertThat((Integer[]) text(1007, "{}")).isEmpty();
        assertThat((Number[]) text(1231, "{1.5,NaN}")).containsExactly(new BigDecimal("1.5"), Double.NaN);
        assertThat((LocalDate[]) text(1182, "{2024-01-02,infinity}")).containsExactly(LocalDate.of(2024, 1, 2),
                LocalDate.MAX);
        assertThat((byte[][]) text(1001, "{\"\\\\x0102\",NULL}")).isDeepEqualTo(new byte[][] {{1, 2}, null});
        assertThat((String[]) text(1020, "{(1,1),(0,0);(2,2),(1,1)}")).containsExactly("(1,1),(0,0)", "(2,2),(1,1)");
        assertThat((String[]) text(791, "{$1.00}")).containsExactly("$1.00");
    }

    @Test
    void badText() {
        assertThatThrownBy(() -> text(1007, "{1,2")).isInstanceOf(DataException.class).hasMessageContaining("_int4");
        assertThatThrownBy(() -> text(1007, "{{1},2}")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> text(1007, "{{1},{2,3}}")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> text(1007, "{1,x}")).isInstanceOf(DataException.class);
    }

    @Test
    void stringsAndNullsEncode() {
        assertThat(oid(List.of("a"))).isEqualTo(1009);
        assertThat(encodeHex(new String[] {"a"})).isEqualTo("0000000100000000000000190000000100000001" + "0000000161");
        // No element says the type: a text literal with OID 0.
        Codec<?> c = REGISTRY.encoder(Arrays.asList(null, null)).orElseThrow();
        assertThat(c.preferredType(Arrays.asList(null, null), CTX)).isEmpty();
        assertThat(c.preferredFormat(Arrays.asList(null, null), CTX)).isEqualTo(Format.TEXT);
        assertThat(new String(c.encode(Arrays.asList(null, null), Format.TEXT, CTX), StandardCharsets.UTF_8))
                .isEqualTo("{NULL,NULL}");
        assertThat(new String(c.encode(List.of(List.of("a\"", "b\\"), List.of("c", "d")), Format.TEXT, CTX),
                StandardCharsets.UTF_8)).isEqualTo("{{\"a\\\"\",\"b\\\\\"},{\"c\",\"d\"}}");
        assertThat(oid(new Long[] {null})).isEqualTo(1016);
    }

    @Test
    void badShapes() {
        assertThatThrownBy(() -> Codecs.encode(List.of(List.of(1), List.of(1, 2))))
                .hasMessageContaining("not rectangular");
        assertThatThrownBy(() -> Codecs.encode(List.of(1, 2L))).hasMessageContaining("different types");
        assertThatThrownBy(() -> Codecs.encode(List.of(new Object()))).hasMessageContaining("java.lang.Object");
    }
}
