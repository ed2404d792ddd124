package io.sqlwire.postgres.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Column;
import io.sqlwire.ConnectOptions;
import io.sqlwire.IntegrityException;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.SqlwireException;
import io.sqlwire.postgres.PgServerError;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import io.sqlwire.postgres.protocol.message.backend.RowDescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Literals, column descriptions, startup parameters and error mapping; no network. */
class SessionHelpersTest {

    @Test
    void literalsFollowStandardConformingStrings() {
        assertThat(PgLiterals.literal(null, true)).isEqualTo("NULL");
        assertThat(PgLiterals.literal("it's", true)).isEqualTo("'it''s'");
        assertThat(PgLiterals.literal("a\\b", true)).isEqualTo("'a\\b'");
        assertThat(PgLiterals.literal("a\\b", false)).isEqualTo("E'a\\\\b'");
        assertThat(PgLiterals.literal(-5, true)).isEqualTo("(-5)");
        assertThat(PgLiterals.literal(Double.NaN, true)).isEqualTo("'NaN'::float8");
        assertThat(PgLiterals.literal(new byte[] {0, (byte) 255}, true)).isEqualTo("'\\x00ff'::bytea");
        assertThat(PgLiterals.literal(true, true)).isEqualTo("TRUE");
        assertThat(PgLiterals.literal(LocalDate.of(2024, 2, 29), true)).isEqualTo("'2024-02-29'::date");
        assertThat(PgLiterals.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), true))
                .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'::uuid");
        assertThat(PgLiterals.escape("x'\\", false)).isEqualTo("x''\\\\");
    }

    @Test
    void columnsFromRowDescription() {
        Column numeric = PgTypeNames.column(new RowDescription.Field("n", 0, 0, 1700, -1, (10 << 16 | 2) + 4, 0));
        assertThat(numeric).isEqualTo(new Column("n", "numeric", 12, -1, 10, 2, null));
        Column varchar = PgTypeNames.column(new RowDescription.Field("s", 0, 0, 1043, -1, 104, 0));
        assertThat(varchar.displaySize()).isEqualTo(100);
        assertThat(PgTypeNames.column(new RowDescription.Field("i", 0, 0, 23, 4, -1, 1)).internalSize()).isEqualTo(4);
        assertThat(PgTypeNames.name(99999)).isEqualTo("oid:99999");
    }

    @Test
    void startupParametersEnforceUtf8() {
        ConnectOptions o = new ConnectOptions("postgresql", List.of(), "u", null, "d",
                Map.of("application_name", "app", "options", "-c geqo=off"), Map.of());
        assertThat(StartupParameters.build(o, "u", "d")).containsEntry("user", "u").containsEntry("database", "d")
                .containsEntry("application_name", "app").containsEntry("options", "-c geqo=off")
                .containsEntry("client_encoding", "UTF8");
        ConnectOptions latin = new ConnectOptions("postgresql", List.of(), "u", null, "d",
                Map.of("client_encoding", "LATIN1"), Map.of());
        assertThatThrownBy(() -> StartupParameters.build(latin, "u", "d"))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("LATIN1");
    }

    @Test
    void serverErrorsMapBySqlStateAndKeepEveryField() {
        NoticeFields f = new NoticeFields(Map.of('S', "ERROR", 'V', "ERROR", 'C', "23505",
                'M', "duplicate key value violates unique constraint \"pk\"", 'D', "Key (k)=(1) already exists.",
                'n', "pk", 't', "t", 's', "public"));
        SqlwireException e = PgErrors.toException(f);
        assertThat(e).isInstanceOf(IntegrityException.class).satisfies(x -> assertThat(((io.sqlwire.SqlwireException) x).sqlState()).isEqualTo("23505"))
                .hasMessageContaining("DETAIL: Key (k)=(1)");
        PgServerError p = PgServerError.of(e).orElseThrow();
        assertThat(p.constraint()).isEqualTo("pk");
        assertThat(p.schema()).isEqualTo("public");
        assertThat(p.table()).isEqualTo("t");
        assertThat(p.position()).isZero();
    }
}
