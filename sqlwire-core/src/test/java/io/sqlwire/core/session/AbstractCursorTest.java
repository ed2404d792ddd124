package io.sqlwire.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Column;
import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import io.sqlwire.Warning;
import io.sqlwire.core.result.ResultColumns;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractCursorTest {

    private boolean connectionClosed;

    /** A connection stub that only answers isClosed(); the cursor under test needs nothing else. */
    private final Connection conn = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Connection.class}, (p, m, a) -> {
                if (m.getName().equals("isClosed")) {
                    return connectionClosed;
                }
                throw new UnsupportedOperationException(m.getName());
            });

    /** Serves rows 0..n-1 from memory. */
    private final class ListCursor extends AbstractCursor {
        private final ResultColumns cols = new ResultColumns(List.of(Column.of("n", "INTEGER")));
        private final int count;
        private int next;
        boolean released;

        ListCursor(int count) {
            super(conn);
            this.count = count;
        }

        @Override
        protected Row nextRow() {
            return next < count ? cols.row(new Object[] {(long) next++}) : null;
        }

        @Override
        protected void release() {
            released = true;
        }

        @Override
        public Cursor execute(String sql, Object... params) {
            return this;
        }

        @Override
        public Cursor executemany(String sql, List<Object[]> paramSets) {
            return this;
        }

        @Override
        public long rowcount() {
            return next;
        }

        @Override
        public List<Column> description() {
            return cols.columns();
        }

        @Override
        public Long lastrowid() {
            return null;
        }

        @Override
        public boolean nextset() {
            return false;
        }

        @Override
        public List<Warning> warnings() {
            return List.of();
        }
    }

    private static List<Long> values(List<Row> rows) {
        return rows.stream().map(r -> (Long) r.get(0)).toList();
    }

    @Test
    void fetchFamily() {
        ListCursor c = new ListCursor(7);
        assertThat(c.fetchone().get(0)).isEqualTo(0L);
        assertThat(values(c.fetchmany())).containsExactly(1L);
        c.setArraysize(2);
        assertThat(values(c.fetchmany())).containsExactly(2L, 3L);
        assertThat(values(c.fetchmany(1))).containsExactly(4L);
        assertThat(values(c.fetchall())).containsExactly(5L, 6L);
        assertThat(c.fetchone()).isNull();
        assertThat(c.fetchmany(3)).isEmpty();
        assertThat(c.fetchall()).isEmpty();
    }

    @Test
    void iterationAndStreamFetchLazily() {
        ListCursor c = new ListCursor(5);
        Iterator<Row> it = c.iterator();
        assertThat(it.hasNext()).isTrue();
        assertThat(it.next().get(0)).isEqualTo(0L);
        assertThat(c.stream().limit(2).map(r -> r.get(0))).containsExactly(1L, 2L);
        assertThat(c.rowcount()).isEqualTo(3);
        long rest = 0;
        for (Row r : c) {
            rest++;
        }
        assertThat(rest).isEqualTo(2);
    }

    @Test
    void argumentChecks() {
        ListCursor c = new ListCursor(1);
        assertThat(c.arraysize()).isEqualTo(1);
        assertThatThrownBy(() -> c.setArraysize(0)).isInstanceOf(InterfaceException.class);
        assertThatThrownBy(() -> c.fetchmany(-1)).isInstanceOf(InterfaceException.class);
        assertThat(c.connection()).isSameAs(conn);
    }

    @Test
    void closedCursorOrConnection() {
        ListCursor c = new ListCursor(3);
        c.close();
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThat(c.released).isTrue();
        assertThatThrownBy(c::fetchone).isInstanceOf(InterfaceException.class).hasMessage("cursor is closed");
        ListCursor d = new ListCursor(3);
        connectionClosed = true;
        assertThatThrownBy(d::fetchall).isInstanceOf(InterfaceException.class).hasMessage("connection is closed");
    }
}
