package io.sqlwire.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.IntegrityException;
import io.sqlwire.InterfaceException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;
import org.junit.jupiter.api.Test;

/** Errors land in their DB-API category; closed connections and cursors are interface errors. */
public interface ErrorBehaviour extends TckContext {

    private static String sqlState(Throwable e) {
        return ((SqlwireException) e).sqlState();
    }

    @Test
    default void unknownTableIsAProgrammingError() {
        assertThatThrownBy(() -> conn().query("select * from tck_no_such_table"))
                .isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("tck_no_such_table")
                .satisfies(e -> assertThat(sqlState(e)).startsWith("42"));
    }

    @Test
    default void syntaxErrorIsAProgrammingError() {
        assertThatThrownBy(() -> conn().execute("selec 1"))
                .isInstanceOf(ProgrammingException.class)
                .satisfies(e -> assertThat(sqlState(e)).startsWith("42"));
    }

    @Test
    default void unknownColumnIsAProgrammingError() {
        String t = table("k integer");
        assertThatThrownBy(() -> conn().query("select nope_col from " + t))
                .isInstanceOf(ProgrammingException.class)
                .satisfies(e -> assertThat(sqlState(e)).startsWith("42"));
    }

    @Test
    default void uniqueViolationIsAnIntegrityError() {
        String t = table("k integer primary key, s varchar(100) not null unique");
        conn().execute("insert into " + t + " values (1, 'a')");
        assertThatThrownBy(() -> conn().execute("insert into " + t + " values (2, 'a')"))
                .isInstanceOf(IntegrityException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23505"));
        conn().rollback();
        conn().execute("insert into " + t + " values (1, 'a')");
        assertThatThrownBy(() -> conn().execute("insert into " + t + " values (2, null)"))
                .isInstanceOf(IntegrityException.class)
                .satisfies(e -> assertThat(sqlState(e)).startsWith("23"));
    }

    @Test
    default void wrongNumberOfParametersIsAProgrammingError() {
        assertThatThrownBy(() -> conn().query("select ?, ?", 1))
                .isInstanceOf(ProgrammingException.class);
    }

    @Test
    default void closedConnectionIsAnInterfaceError() {
        Connection c = connect();
        Cursor cursor = c.cursor();
        c.close();
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThatThrownBy(() -> c.execute("select 1"))
                .isInstanceOf(InterfaceException.class).hasMessageContaining("connection is closed");
        assertThatThrownBy(c::cursor).isInstanceOf(InterfaceException.class);
        assertThatThrownBy(c::commit).isInstanceOf(InterfaceException.class);
        assertThatThrownBy(c::ping).isInstanceOf(InterfaceException.class);
        assertThatThrownBy(() -> cursor.execute("select 1"))
                .isInstanceOf(InterfaceException.class).hasMessageContaining("connection is closed");
    }

    @Test
    default void closedCursorIsAnInterfaceError() {
        Cursor c = conn().cursor();
        c.execute("select 1");
        c.close();
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThatThrownBy(c::fetchone).isInstanceOf(InterfaceException.class).hasMessageContaining("cursor is closed");
        assertThatThrownBy(() -> c.execute("select 1")).isInstanceOf(InterfaceException.class);
        assertThat(conn().queryOne("select 1")).isNotNull();
    }

    @Test
    default void theConnectionDescribesItself() {
        conn().ping();
        assertThat(conn().backend()).isEqualTo(dialect().backend());
        assertThat(conn().serverVersion()).isNotBlank();
        assertThat(conn().options()).isNotNull();
        assertThat(conn().warnings()).isNotNull();
    }

    @Test
    default void theConnectionIsUsableAfterAnError() {
        assertThatThrownBy(() -> conn().query("select * from tck_no_such_table")).isInstanceOf(ProgrammingException.class);
        conn().rollback();
        assertThat(conn().queryOne("select 1").get(0, Long.class)).isEqualTo(1L);
    }
}
