package io.sqlwire.postgres.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TextCodec;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.postgres.type.TypeCorpus.Case;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The codecs against PostgreSQL's own text and binary forms of a corpus of values, fetched with
 * psql (COPY ... TO STDOUT in binary, where {@code format('%s', v)} gives v's exact text output; a
 * cast to text would not do for bool and inet), and
 * the binary encoders against the server's send form and its COPY FROM parser.
 */
@RequiresHarness
@Timeout(120)
class TypeCorpusIT {
    static final List<Case> CASES = TypeCorpus.cases();
    static List<Integer> oids;
    static List<byte[]> binaries;

    @BeforeAll
    static void fetch(Harness harness) {
        Psql psql = new Psql(harness, Map.of());
        oids = psql.copyOut(select(c -> "pg_typeof(" + c.expression() + ")::oid::int4")).stream()
                .map(b -> ByteBuffer.wrap(b).getInt()).toList();
        binaries = psql.copyOut(select(Case::expression));
    }

    static String select(java.util.function.Function<Case, String> column) {
        return CASES.stream().map(column).collect(Collectors.joining(", ", "SELECT ", ""));
    }

    static Object decode(int oid, Format format, byte[] bytes) {
        TypeRef type = PgTypes.ref(oid);
        Codec<?> codec = Codecs.REGISTRY.decoder(type, format);
        return codec.decode(type, format, ByteBuffer.wrap(bytes), Codecs.CTX);
    }

    @Test
    void corpusIsLargeAndCoversEveryFamily() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(200);
        assertThat(oids).contains(PgTypes.BOOL, PgTypes.INT2, PgTypes.INT4, PgTypes.INT8, PgTypes.OID, PgTypes.FLOAT4,
                PgTypes.FLOAT8, PgTypes.NUMERIC, PgTypes.TEXT, PgTypes.VARCHAR, PgTypes.BPCHAR, PgTypes.NAME,
                PgTypes.CHAR, PgTypes.BYTEA, PgTypes.DATE, PgTypes.TIME, PgTypes.TIMETZ, PgTypes.TIMESTAMP,
                PgTypes.TIMESTAMPTZ, PgTypes.INTERVAL, PgTypes.UUID, PgTypes.JSON, PgTypes.JSONB, PgTypes.INET,
                PgTypes.CIDR, PgTypes.MONEY, 1007, 1016, 1005, 1009, 1015, 1231, 1022, 1182, 1185, 1187, 2951, 1001);
    }

    @Test
    void binaryFormDecodes() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            if (Codecs.REGISTRY.hasDecoder(PgTypes.ref(oids.get(i)), Format.BINARY)) {
                soft.assertThat(decode(oids.get(i), Format.BINARY, binaries.get(i))).as("binary %s", c.expression())
                        .isEqualTo(c.expected());
            } else {
                soft.assertThat(c.type()).as("types without a binary decoder").isIn("money", "point", "regclass",
                        "int4range", "money[]", "box[]", "int4range[]");
            }
        }
        soft.assertAll();
    }

    @Test
    void textFormDecodesInUtc(Harness harness) {
        assertTextDecodes(harness, Map.of("PGTZ", "UTC"));
    }

    /**
     * Newfoundland: half-hour offsets, and local mean time with seconds (-03:30:52) before 1935;
     * intervals in ISO 8601.
     */
    @Test
    void textFormDecodesInAnotherTimeZoneAndIntervalStyle(Harness harness) {
        assertTextDecodes(harness, Map.of("PGTZ", "America/St_Johns", "PGOPTIONS", "-c IntervalStyle=iso_8601"));
    }

    private static void assertTextDecodes(Harness harness, Map<String, String> env) {
        Psql psql = new Psql(harness, env);
        List<byte[]> texts = psql.copyOut(select(c -> "format('%s', " + c.expression() + ")"));
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String text = new String(texts.get(i), StandardCharsets.UTF_8);
            soft.assertThat(decode(oids.get(i), Format.TEXT, texts.get(i))).as("text %s = %s", c.expression(), text)
                    .isEqualTo(c.expected());
        }
        soft.assertAll();
    }

    @Test
    void binaryEncodingIsTheServersSendForm() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            if (c.encodes()) {
                Codec<?> codec = Codecs.REGISTRY.encoder(c.expected()).orElseThrow();
                soft.assertThat(codec.preferredType(c.expected(), Codecs.CTX)).as("type of %s", c.expression())
                        .map(TypeRef::id).contains(oids.get(i));
                soft.assertThat(HexFormat.of().formatHex(Codecs.encode(c.expected()))).as("bytes of %s", c.expression())
                        .isEqualTo(HexFormat.of().formatHex(binaries.get(i)));
            }
        }
        soft.assertAll();
    }

    @Test
    void serverParsesTheEncodedValues(Harness harness) {
        List<String> types = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (Case c : CASES) {
            if (c.encodes()) {
                types.add(c.type());
                encoded.add(Codecs.encode(c.expected()));
                expressions.add("format('%s', " + c.expression() + ")");
            }
        }
        Psql psql = new Psql(harness, Map.of());
        List<String> stored = psql.roundTrip(types, encoded);
        List<String> original = psql.copyOut("SELECT " + String.join(", ", expressions)).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(stored).hasSize(types.size()).isEqualTo(original);
    }

    /** The text encodings (used for TypedParam and for arrays without a known element type) parse back. */
    @Test
    void textEncodingParsesBack(Harness harness) {
        List<String> encoded = new ArrayList<>();
        List<String> original = new ArrayList<>();
        for (Case c : CASES) {
            if (c.encodes()) {
                Codec<?> codec = Codecs.REGISTRY.encoder(c.expected()).orElseThrow();
                String text = new String(codec.encode(c.expected(), Format.TEXT, Codecs.CTX), StandardCharsets.UTF_8);
                encoded.add("format('%s', '" + text.replace("'", "''") + "'::" + c.type() + ")");
                original.add("format('%s', " + c.expression() + ")");
            }
        }
        Psql psql = new Psql(harness, Map.of("PGTZ", "Asia/Kolkata"));
        List<byte[]> both = psql.copyOut("SELECT " + String.join(", ", encoded) + ", " + String.join(", ", original));
        List<String> texts = both.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(texts.subList(0, encoded.size())).isEqualTo(texts.subList(encoded.size(), texts.size()));
    }

    @Test
    void enumsAndUnknownTypesDecodeAsText(Harness harness) {
        Psql psql = new Psql(harness, Map.of());
        String create = "DO $$ BEGIN CREATE TYPE sqlwire_mood AS ENUM ('happy', 'sad'); "
                + "EXCEPTION WHEN duplicate_object THEN NULL; END $$";
        List<byte[]> row = psql.copyOut("SELECT pg_typeof('sad'::sqlwire_mood)::oid::int4, 'sad'::sqlwire_mood::text",
                create);
        TypeRef mood = PgTypes.ref(ByteBuffer.wrap(row.get(0)).getInt());
        Codec<?> codec = Codecs.REGISTRY.decoder(mood, Format.TEXT);
        assertThat(codec).isSameAs(TextCodec.fallback());
        assertThat(Codecs.REGISTRY.hasDecoder(mood, Format.BINARY)).isFalse();
        CodecContext ctx = Codecs.CTX;
        assertThat(codec.decode(mood, Format.TEXT, ByteBuffer.wrap(row.get(1)), ctx)).isEqualTo("sad");
    }
}
