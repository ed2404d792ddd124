package io.sqlwire.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.DataException;
import io.sqlwire.DatabaseException;
import io.sqlwire.IntegrityException;
import io.sqlwire.InterfaceException;
import io.sqlwire.InternalException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.OperationalException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExceptionFactoryTest {
    private final ExceptionFactory factory = ExceptionFactory.standard();

    @Test
    void buildsTheSubclassOfTheCategory() {
        assertThat(factory.create("m", "22012", 0, null)).isExactlyInstanceOf(DataException.class);
        assertThat(factory.create("m", "23505", 0, null)).isExactlyInstanceOf(IntegrityException.class);
        assertThat(factory.create("m", "42P01", 0, null)).isExactlyInstanceOf(ProgrammingException.class);
        assertThat(factory.create("m", "08006", 0, null)).isExactlyInstanceOf(OperationalException.class);
        assertThat(factory.create("m", "0A000", 0, null)).isExactlyInstanceOf(NotSupportedException.class);
        assertThat(factory.create("m", "XX000", 0, null)).isExactlyInstanceOf(InternalException.class);
        assertThat(factory.create("m", "P0001", 0, null)).isExactlyInstanceOf(DatabaseException.class);
        assertThat(factory.create("m", null, 0, null)).isExactlyInstanceOf(DatabaseException.class);
    }

    @Test
    void carriesMessageStateCodeCauseAndTransience() {
        IOException cause = new IOException("reset");
        SqlwireException e = factory.create("duplicate key value violates unique constraint \"t_pkey\"", "40P01", 7,
                cause);
        assertThat(e).hasMessage("duplicate key value violates unique constraint \"t_pkey\"").hasCause(cause);
        assertThat(e.sqlState()).isEqualTo("40P01");
        assertThat(e.vendorCode()).isEqualTo(7);
        assertThat(e.isTransient()).isTrue();
        assertThat(factory.create("m", "23505", 0, null).isTransient()).isFalse();
    }

    @Test
    void timeoutFlagMakesQueryCanceledTransient() {
        assertThat(factory.create("canceling statement due to user request", "57014", 0, null).isTransient())
                .isFalse();
        assertThat(factory.create("canceling statement due to statement timeout", "57014", 0, true, null)
                .isTransient()).isTrue();
    }

    @Test
    void vendorCodesWinOverTheSqlState() {
        VendorCode lockWait = new VendorCode(1205, "HY000", ErrorCategory.OPERATIONAL, true);
        VendorCode duplicate = new VendorCode(1062, "23000", ErrorCategory.INTEGRITY, false);
        ExceptionFactory mysql = factory.withVendorCodes(VendorCodeSource.of(Map.of(1205, lockWait, 1062, duplicate)));
        SqlwireException e = mysql.create("Lock wait timeout exceeded", "HY000", 1205, null);
        assertThat(e).isExactlyInstanceOf(OperationalException.class);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.vendorCode()).isEqualTo(1205);
        // The vendor table fills in a missing SQLSTATE.
        assertThat(mysql.create("Duplicate entry", null, 1062, null).sqlState()).isEqualTo("23000");
        // Unknown vendor codes fall back to the SQLSTATE rules.
        assertThat(mysql.create("m", "42S02", 1146, null)).isExactlyInstanceOf(ProgrammingException.class);
        // The standard factory is unchanged.
        assertThat(factory.create("m", "HY000", 1205, null)).isExactlyInstanceOf(DatabaseException.class);
    }

    @Test
    void laterSourcesAreAskedFirstAndTransienceCombines() {
        VendorCodeSource base = code -> Optional.of(new VendorCode(code, null, ErrorCategory.DATABASE, false));
        VendorCodeSource override = code -> code == 2006
                ? Optional.of(new VendorCode(code, "08S01", ErrorCategory.INTERFACE, false)) : Optional.empty();
        ExceptionFactory f = factory.withVendorCodes(base).withVendorCodes(override);
        SqlwireException gone = f.create("server has gone away", null, 2006, null);
        assertThat(gone).isExactlyInstanceOf(InterfaceException.class);
        // 08S01 is a connection error, transient by its SQLSTATE even though the entry says not.
        assertThat(gone.isTransient()).isTrue();
        assertThat(f.create("m", "23505", 1, null)).isExactlyInstanceOf(DatabaseException.class);
        assertThat(f.classify("23505", 1, false)).isEqualTo(new ErrorClassification(ErrorCategory.DATABASE, "23505", false));
    }
}
