package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.Row;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Arrays of types without a built-in OID (an enum's array) decode as Java arrays after a pg_type look-up. */
@RequiresHarness
@Timeout(60)
class PgCatalogTypesIT {
    static final Harness H = Harness.current();

    static Connection connect(String extra) {
        return new PgDriver().connect(ConnectOptions.parse(H.pgUri("test", "test", "test", "sslmode=disable" + extra)));
    }

    @BeforeAll
    static void createEnum() {
        try (Connection c = connect("&autocommit=true")) {
            c.execute("DO $$ BEGIN CREATE TYPE sqlwire_gap_mood AS ENUM ('happy', 'sad', 'so-so'); "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        }
    }

    @Test
    void enumArraysAreStringArraysOnBothProtocolsAndNamedStatements() {
        try (Connection c = connect("&autocommit=true&prepare_threshold=1")) {
            for (int i = 0; i < 3; i++) {
                Row r = c.queryOne("select '{happy,NULL,so-so}'::sqlwire_gap_mood[] as a, 'sad'::sqlwire_gap_mood as e,"
                        + " '{{happy},{sad}}'::sqlwire_gap_mood[] as b, ?::int4 as n", i);
                assertThat(r.get(0)).isInstanceOf(String[].class);
                assertThat((String[]) r.get(0)).containsExactly("happy", null, "so-so");
                assertThat(r.get(1)).isEqualTo("sad");
                assertThat((String[][]) r.get(2)).isDeepEqualTo(new String[][] {{"happy"}, {"sad"}});
                assertThat(r.get(3)).isEqualTo(i);
            }
            try (Cursor cur = c.cursor()) {
                cur.execute("select '{sad}'::sqlwire_gap_mood[]; select '{happy}'::sqlwire_gap_mood[]");
                assertThat((String[]) cur.fetchone().get(0)).containsExactly("sad");
                assertThat(cur.nextset()).isTrue();
                assertThat((String[]) cur.fetchone().get(0)).containsExactly("happy");
            }
        }
    }

    @Test
    void lookUpInsideATransactionAndWhileStreamingKeepsThePortal() {
        try (Connection c = connect("&fetch_size=2")) {
            try (Cursor cur = c.cursor()) {
                cur.execute("select array[m]::sqlwire_gap_mood[] from unnest(enum_range(null::sqlwire_gap_mood)) m");
                List<Row> rows = cur.fetchall();
                assertThat(rows).hasSize(3);
                assertThat((String[]) rows.get(2).get(0)).containsExactly("so-so");
            }
            assertThat(c.queryOne("select 1").get(0)).isEqualTo(1);
            c.commit();
        }
    }

    @Test
    void nonArrayUnknownTypesStayText() {
        try (Connection c = connect("&autocommit=true")) {
            assertThat(c.queryOne("select int4range(1, 3), '(1,2)'::point").get(0)).isEqualTo("[1,3)");
        }
    }
}
