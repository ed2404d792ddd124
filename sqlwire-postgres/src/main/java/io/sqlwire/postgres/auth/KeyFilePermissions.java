package io.sqlwire.postgres.auth;

import io.sqlwire.InvalidOptionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * libpq's rule for client key files: no access for others, and for group at most read, and that only
 * when root owns the file (0600 for the user's own key, 0640 for a root-owned one). Skipped on file
 * systems without POSIX permissions.
 */
final class KeyFilePermissions {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> GROUP_BEYOND_READ = EnumSet.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE);

    private KeyFilePermissions() {
    }

    static void check(Path key) {
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(key, PosixFileAttributes.class);
        } catch (UnsupportedOperationException | IOException e) {
            return; // not POSIX (or unreadable: loading the key reports that with its own message)
        }
        if (!attrs.isRegularFile()) {
            throw new InvalidOptionException("sslkey", "private key file \"" + key + "\" is not a regular file");
        }
        Set<PosixFilePermission> p = attrs.permissions();
        boolean rootOwned = "root".equals(attrs.owner().getName());
        boolean bad = p.stream().anyMatch(OTHERS::contains) || p.stream().anyMatch(GROUP_BEYOND_READ::contains)
                || (!rootOwned && p.contains(PosixFilePermission.GROUP_READ));
        if (bad) {
            throw new InvalidOptionException("sslkey", "private key file \"" + key + "\" has group or world access; "
                    + "it must have permissions u=rw (0600) or less if owned by the current user, or u=rw,g=r "
                    + "(0640) or less if owned by root");
        }
    }
}
