package io.sqlwire.core.routing;

import io.sqlwire.DatabaseException;
import io.sqlwire.OperationalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.transport.TransportException;
import java.util.ArrayList;
import java.util.List;

/** Collects why each attempt failed, and turns them into the one exception the {@link Router} throws. */
final class FailureReport {
    private record Entry(String label, String reason) {
    }

    private final int hostCount;
    private final List<Entry> entries = new ArrayList<>();
    private final List<SqlwireException> causes = new ArrayList<>();
    private boolean retryMayHelp;

    FailureReport(int hostCount) {
        this.hostCount = hostCount;
    }

    /** Records a failure after which the search goes on, or rethrows one that ends it. */
    void addOrRethrow(String label, SqlwireException e) {
        if (!(e instanceof DatabaseException) || isAuthenticationFailure(e)) {
            causes.forEach(e::addSuppressed);
            throw e;
        }
        add(label, e);
    }

    void add(String label, SqlwireException e) {
        String reason = e instanceof TransportException t ? t.reason() : String.valueOf(e.getMessage());
        entries.add(new Entry(label, reason));
        causes.add(e);
        retryMayHelp |= e.isTransient();
    }

    void addRejection(String label, String reason) {
        entries.add(new Entry(label, reason));
        retryMayHelp = true; // roles change on failover
    }

    OperationalException toException() {
        StringBuilder msg = new StringBuilder(hostCount > 1 ? "could not connect to any host: " : "could not connect to ");
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                msg.append("; ");
            }
            msg.append(entries.get(i).label()).append(" (").append(entries.get(i).reason()).append(')');
        }
        SqlwireException last = causes.isEmpty() ? null : causes.get(causes.size() - 1);
        OperationalException out = new OperationalException(msg.toString(), TransportException.UNABLE_TO_CONNECT, 0,
                retryMayHelp, last);
        causes.stream().filter(c -> c != last).forEach(out::addSuppressed);
        return out;
    }

    static boolean isAuthenticationFailure(SqlwireException e) {
        return e.sqlState() != null && e.sqlState().startsWith("28");
    }
}
