package io.sqlwire.core.error;

import java.util.Map;
import java.util.Optional;

/**
 * A table of vendor error numbers, plugged into an {@link ExceptionFactory} with
 * {@link ExceptionFactory#withVendorCodes(VendorCodeSource)}: a backend supplies one for its
 * server's error list (MySQL/MariaDB error numbers, SQLite result codes).
 */
@FunctionalInterface
public interface VendorCodeSource {

    /** What {@code vendorCode} means, or empty when this source does not know it. */
    Optional<VendorCode> lookup(int vendorCode);

    /** A source backed by a map from vendor number to its meaning. */
    static VendorCodeSource of(Map<Integer, VendorCode> codes) {
        Map<Integer, VendorCode> copy = Map.copyOf(codes);
        return code -> Optional.ofNullable(copy.get(code));
    }
}
