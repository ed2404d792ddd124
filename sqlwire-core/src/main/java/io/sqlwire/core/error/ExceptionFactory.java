package io.sqlwire.core.error;

import io.sqlwire.SqlwireException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@code io.sqlwire} exception for an error a server reported: every backend
 * (PostgreSQL ErrorResponse, MySQL ERR packet, SQLite result code) goes through one of these.
 *
 * <p>Classification: when a {@link VendorCodeSource} knows the vendor code, its category wins
 * and its SQLSTATE fills in for a missing one; otherwise the category follows the SQLSTATE
 * ({@link ErrorCategory#of(String)}). The error is transient when the vendor entry says so or
 * {@link SqlStates#isTransient(String, boolean)} does. Sources added later are asked first.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExceptionFactory {
    private static final ExceptionFactory STANDARD = new ExceptionFactory(List.of());

    private final List<VendorCodeSource> sources;

    private ExceptionFactory(List<VendorCodeSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The factory that knows SQLSTATEs only, as PostgreSQL needs. */
    public static ExceptionFactory standard() {
        return STANDARD;
    }

    /** A factory that asks {@code source} about vendor codes before this one's sources. */
    public ExceptionFactory withVendorCodes(VendorCodeSource source) {
        Objects.requireNonNull(source, "source");
        List<VendorCodeSource> all = new ArrayList<>(sources.size() + 1);
        all.add(source);
        all.addAll(sources);
        return new ExceptionFactory(all);
    }

    /**
     * Classifies an error.
     *
     * @param sqlState the SQLSTATE the server sent, or {@code null}
     * @param vendorCode the server's error number, or 0
     * @param canceledByTimeout whether the driver knows that a cancelled query ({@code 57014})
     *     was cancelled by a timeout rather than at the user's request
     */
    public ErrorClassification classify(String sqlState, int vendorCode, boolean canceledByTimeout) {
        String state = sqlState == null || sqlState.isBlank() ? null : sqlState;
        Optional<VendorCode> vendor = vendor(vendorCode);
        if (vendor.isPresent()) {
            VendorCode v = vendor.get();
            String effective = state != null ? state : v.sqlState();
            boolean transientFailure = v.transientFailure() || SqlStates.isTransient(effective, canceledByTimeout);
            return new ErrorClassification(v.category(), effective, transientFailure);
        }
        return new ErrorClassification(ErrorCategory.of(state), state, SqlStates.isTransient(state, canceledByTimeout));
    }

    /**
     * The exception for an error the server reported.
     *
     * @param message the server's message, which the exception carries unchanged
     * @param sqlState the SQLSTATE, or {@code null}
     * @param vendorCode the server's error number, or 0
     * @param cause the underlying exception, or {@code null}
     */
    public SqlwireException create(String message, String sqlState, int vendorCode, Throwable cause) {
        return create(message, sqlState, vendorCode, false, cause);
    }

    /**
     * As {@link #create(String, String, int, Throwable)}, for a query the driver cancelled:
     * {@code canceledByTimeout} makes a {@code 57014} query_canceled transient.
     */
    public SqlwireException create(String message, String sqlState, int vendorCode, boolean canceledByTimeout,
            Throwable cause) {
        ErrorClassification c = classify(sqlState, vendorCode, canceledByTimeout);
        return c.category().newException(message, c.sqlState(), vendorCode, c.transientFailure(), cause);
    }

    private Optional<VendorCode> vendor(int vendorCode) {
        if (vendorCode == 0) {
            return Optional.empty();
        }
        for (VendorCodeSource source : sources) {
            Optional<VendorCode> found = source.lookup(vendorCode);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
