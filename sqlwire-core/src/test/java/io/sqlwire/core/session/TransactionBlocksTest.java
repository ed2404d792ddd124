package io.sqlwire.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InterfaceException;
import io.sqlwire.IsolationLevel;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Transaction;
import io.sqlwire.TransactionOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionBlocksTest {

    /** Records the statements the blocks ask for; no database involved. */
    static final class Recorder implements TransactionControl {
        final List<String> log = new ArrayList<>();
        boolean inTx;
        boolean failCommit;

        @Override
        public boolean inTransaction() {
            return inTx;
        }

        @Override
        public void begin(TransactionOptions options) {
            log.add(options.readOnly() ? "BEGIN READ ONLY" : "BEGIN");
            inTx = true;
        }

        @Override
        public void commitTransaction() {
            if (failCommit) {
                throw new ProgrammingException("commit failed");
            }
            log.add("COMMIT");
            inTx = false;
        }

        @Override
        public void rollbackTransaction() {
            log.add("ROLLBACK");
            inTx = false;
        }

        @Override
        public void execute(String sql) {
            log.add(sql);
        }
    }

    private final Recorder rec = new Recorder();
    private final TransactionBlocks blocks = new TransactionBlocks(rec);

    @Test
    void outerBlockCommits() {
        try (Transaction tx = blocks.open(TransactionOptions.DEFAULT)) {
            assertThat(blocks.isActive()).isTrue();
            tx.commit();
            assertThat(tx.isActive()).isFalse();
        }
        assertThat(rec.log).containsExactly("BEGIN", "COMMIT");
        assertThat(blocks.isActive()).isFalse();
    }

    @Test
    void closeWithoutCommitRollsBack() {
        try (Transaction tx = blocks.open(null)) {
            assertThat(tx.isActive()).isTrue();
        }
        assertThat(rec.log).containsExactly("BEGIN", "ROLLBACK");
    }

    @Test
    void nestedBlocksAreSavepoints() {
        try (Transaction outer = blocks.open(null)) {
            try (Transaction inner = blocks.open(null)) {
                inner.commit();
            }
            try (Transaction inner = blocks.open(null)) {
                try (Transaction deeper = blocks.open(null)) {
                    deeper.rollback();
                }
            }
            outer.commit();
        }
        assertThat(rec.log).containsExactly("BEGIN", "SAVEPOINT sp_1", "RELEASE SAVEPOINT sp_1", "SAVEPOINT sp_2",
                "SAVEPOINT sp_3", "ROLLBACK TO SAVEPOINT sp_3", "RELEASE SAVEPOINT sp_3", "ROLLBACK TO SAVEPOINT sp_2", "RELEASE SAVEPOINT sp_2", "COMMIT");
    }

    @Test
    void blockInsideAnImplicitTransactionIsASavepoint() {
        rec.inTx = true;
        try (Transaction tx = blocks.open(null)) {
            tx.commit();
        }
        assertThat(rec.log).containsExactly("SAVEPOINT sp_1", "RELEASE SAVEPOINT sp_1");
        assertThat(rec.inTx).isTrue();
    }

    @Test
    void optionsOnlyWhereTheTransactionBegins() {
        try (Transaction tx = blocks.open(TransactionOptions.DEFAULT.withReadOnly(true))) {
            assertThatThrownBy(() -> blocks.open(TransactionOptions.isolation(IsolationLevel.SERIALIZABLE)))
                    .isInstanceOf(ProgrammingException.class).hasMessageContaining("already open");
        }
        assertThat(rec.log).containsExactly("BEGIN READ ONLY", "ROLLBACK");
    }

    @Test
    void outOfOrderCommitIsRefusedButRollbackEndsInnerBlocks() {
        Transaction outer = blocks.open(null);
        Transaction inner = blocks.open(null);
        assertThatThrownBy(outer::commit).isInstanceOf(ProgrammingException.class).hasMessageContaining("inner");
        outer.rollback();
        assertThat(inner.isActive()).isFalse();
        inner.close();
        assertThat(rec.log).containsExactly("BEGIN", "SAVEPOINT sp_1", "ROLLBACK");
    }

    @Test
    void endedBlocksRefuseFurtherUse() {
        Transaction tx = blocks.open(null);
        tx.commit();
        assertThatThrownBy(tx::commit).isInstanceOf(InterfaceException.class).hasMessageContaining("already committed");
        assertThatThrownBy(tx::rollback).isInstanceOf(InterfaceException.class);
        tx.close();
    }

    @Test
    void failedCommitLeavesTheBlockForCloseToRollBack() {
        Transaction tx = blocks.open(null);
        rec.failCommit = true;
        assertThatThrownBy(tx::commit).isInstanceOf(ProgrammingException.class);
        assertThat(tx.isActive()).isTrue();
        tx.close();
        assertThat(rec.log).containsExactly("BEGIN", "ROLLBACK");
    }

    @Test
    void rollbackSkipsSqlWhenTheTransactionIsGone() {
        Transaction tx = blocks.open(null);
        rec.inTx = false;
        tx.close();
        assertThat(rec.log).containsExactly("BEGIN");
    }

    @Test
    void connectionLevelOperationsAreRefusedInsideABlock() {
        blocks.ensureNoBlock("commit");
        Transaction tx = blocks.open(null);
        assertThatThrownBy(() -> blocks.ensureNoBlock("commit"))
                .isInstanceOf(ProgrammingException.class).hasMessageContaining("commit()");
        blocks.abandon();
        assertThat(tx.isActive()).isFalse();
        assertThatThrownBy(tx::commit).hasMessageContaining("ended with its session");
    }
}
