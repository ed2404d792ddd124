package io.sqlwire.core.session;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A cursor whose fetch family ({@link #fetchmany}, {@link #fetchall}, iteration, streams) is
 * built on one backend primitive, {@link #nextRow()}. A backend implements execution, that
 * primitive, the result metadata and {@link #release()}.
 */
public abstract class AbstractCursor implements Cursor {

    private final Connection connection;
    private volatile boolean closed;
    private int arraysize = 1;

    protected AbstractCursor(Connection connection) {
        this.connection = connection;
    }

    /**
     * The next row of the current result, or {@code null} when it is exhausted. Called with the
     * cursor checked open.
     *
     * @throws io.sqlwire.ProgrammingException when there is no result to fetch from
     */
    protected abstract Row nextRow();

    /** Frees the backend's resources (statements, unread rows). Called once, by {@link #close()}. */
    protected abstract void release();

    @Override
    public Row fetchone() {
        ensureOpen();
        return nextRow();
    }

    @Override
    public List<Row> fetchmany(int size) {
        if (size < 0) {
            throw new InterfaceException("fetchmany size must not be negative: " + size);
        }
        ensureOpen();
        List<Row> rows = new ArrayList<>(Math.min(size, 1024));
        while (rows.size() < size) {
            Row row = nextRow();
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public List<Row> fetchmany() {
        return fetchmany(arraysize);
    }

    @Override
    public List<Row> fetchall() {
        ensureOpen();
        List<Row> rows = new ArrayList<>();
        for (Row row = nextRow(); row != null; row = nextRow()) {
            rows.add(row);
        }
        return rows;
    }

    @Override
    public int arraysize() {
        return arraysize;
    }

    @Override
    public void setArraysize(int size) {
        if (size < 1) {
            throw new InterfaceException("arraysize must be at least 1: " + size);
        }
        this.arraysize = size;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Iterator<Row> iterator() {
        ensureOpen();
        return new Iterator<>() {
            private Row next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = fetchone();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more rows");
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public Stream<Row> stream() {
        Spliterator<Row> rows = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(rows, false);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        release();
    }

    /**
     * Checks that neither this cursor nor its connection is closed.
     *
     * @throws InterfaceException "connection is closed" or "cursor is closed"
     */
    protected void ensureOpen() {
        if (connection.isClosed()) {
            throw new InterfaceException("connection is closed");
        }
        if (closed) {
            throw new InterfaceException("cursor is closed");
        }
    }
}
