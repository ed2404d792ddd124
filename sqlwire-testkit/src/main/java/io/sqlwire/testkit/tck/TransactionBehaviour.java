package io.sqlwire.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sqlwire.Connection;
import io.sqlwire.DatabaseException;
import io.sqlwire.IsolationLevel;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Transaction;
import io.sqlwire.TransactionOptions;
import org.junit.jupiter.api.Test;

/** DB-API transactions: autocommit off by default, commit, rollback, and transaction blocks. */
public interface TransactionBehaviour extends TckContext {

    private String kTable() {
        return table("k integer");
    }

    private void insert(String t, int k) {
        conn().execute("insert into " + t + " values (?)", k);
    }

    @Test
    default void autocommitIsOffByDefault() {
        assertThat(conn().autocommit()).isFalse();
    }

    @Test
    default void rollbackUndoesTheImplicitTransaction() {
        String t = kTable();
        insert(t, 1);
        assertThat(count(t)).isEqualTo(1);
        conn().rollback();
        assertThat(count(t)).isZero();
        conn().rollback();
        conn().commit();
    }

    @Test
    default void commitPersists() {
        String t = kTable();
        insert(t, 1);
        conn().commit();
        conn().rollback();
        assertThat(count(t)).isEqualTo(1);
        if (dialect().sharedData()) {
            assertThat(countElsewhere(t)).isEqualTo(1);
        }
    }

    @Test
    default void closeRollsBack() {
        assumeTrue(dialect().sharedData(), "needs a second connection to the same data");
        String t = kTable();
        insert(t, 1);
        conn().close();
        assertThat(conn().isClosed()).isFalse();
        assertThat(count(t)).isZero();
    }

    @Test
    default void enablingAutocommitCommitsFirst() {
        String t = kTable();
        insert(t, 1);
        conn().setAutocommit(true);
        assertThat(conn().autocommit()).isTrue();
        insert(t, 2);
        conn().rollback();
        assertThat(count(t)).isEqualTo(2);
        if (dialect().sharedData()) {
            assertThat(countElsewhere(t)).isEqualTo(2);
        }
        conn().setAutocommit(false);
        insert(t, 3);
        conn().rollback();
        assertThat(count(t)).isEqualTo(2);
    }

    @Test
    default void blockCommits() {
        String t = kTable();
        try (Transaction tx = conn().transaction()) {
            insert(t, 1);
            assertThat(tx.isActive()).isTrue();
            tx.commit();
            assertThat(tx.isActive()).isFalse();
        }
        conn().rollback();
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    default void blockRollsBackOnClose() {
        String t = kTable();
        try (Transaction tx = conn().transaction()) {
            insert(t, 1);
        }
        assertThat(count(t)).isZero();
        try (Transaction tx = conn().transaction()) {
            insert(t, 2);
            tx.rollback();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    default void nestedBlocksUseSavepoints() {
        String t = kTable();
        try (Transaction outer = conn().transaction()) {
            insert(t, 1);
            try (Transaction inner = conn().transaction()) {
                insert(t, 2);
            }
            try (Transaction inner = conn().transaction()) {
                insert(t, 3);
                inner.commit();
            }
            outer.commit();
        }
        assertThat(conn().query("select k from " + t + " order by k"))
                .extracting(r -> r.get(0, Long.class)).containsExactly(1L, 3L);
    }

    @Test
    default void blockInsideAnImplicitTransactionIsASavepoint() {
        String t = kTable();
        insert(t, 1);
        try (Transaction tx = conn().transaction()) {
            insert(t, 2);
            tx.commit();
        }
        assertThat(count(t)).isEqualTo(2);
        conn().rollback();
        assertThat(count(t)).isZero();
    }

    @Test
    default void connectionLevelTransactionCallsAreRefusedInsideABlock() {
        try (Transaction tx = conn().transaction()) {
            assertThatThrownBy(conn()::commit).isInstanceOf(ProgrammingException.class);
            assertThatThrownBy(conn()::rollback).isInstanceOf(ProgrammingException.class);
            assertThatThrownBy(() -> conn().setAutocommit(true)).isInstanceOf(ProgrammingException.class);
        }
    }

    @Test
    default void readOnlyBlockRefusesWrites() {
        String t = kTable();
        try (Transaction tx = conn().transaction(TransactionOptions.DEFAULT.withReadOnly(true))) {
            assertThat(count(t)).isZero();
            assertThatThrownBy(() -> insert(t, 1))
                    .isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).sqlState()).isEqualTo("25006"));
        }
        insert(t, 2);
        conn().commit();
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    default void isolationLevelsAreAccepted() {
        String t = kTable();
        for (IsolationLevel level : IsolationLevel.values()) {
            try (Transaction tx = conn().transaction(TransactionOptions.isolation(level))) {
                insert(t, level.ordinal());
                tx.commit();
            }
        }
        assertThat(count(t)).isEqualTo(IsolationLevel.values().length);
    }

    @Test
    default void blocksWorkInAutocommitMode() {
        String t = kTable();
        conn().setAutocommit(true);
        try (Transaction tx = conn().transaction()) {
            insert(t, 1);
        }
        assertThat(count(t)).isZero();
        try (Transaction tx = conn().transaction()) {
            insert(t, 2);
            tx.commit();
        }
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    default void aSecondConnectionDoesNotSeeUncommittedWork() {
        assumeTrue(dialect().sharedData(), "needs a second connection to the same data");
        String t = kTable();
        insert(t, 1);
        try (Connection other = connect()) {
            other.setAutocommit(true);
            assertThat(other.queryOne("select count(*) from " + t).get(0, Long.class)).isZero();
        }
        conn().commit();
    }
}
