package io.sqlwire.postgres.session;

import io.sqlwire.postgres.protocol.flow.QueryEvent;

/** Receives the events of one request while the session reads its answer. */
@FunctionalInterface
public interface EventSink {

    void accept(QueryEvent event);

    /** A sink that keeps nothing (BEGIN, COMMIT, SET ...); errors are still raised by the session. */
    EventSink IGNORE = e -> { };
}
