package io.sqlwire.mysql.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which files a LOAD DATA LOCAL INFILE request may read: none unless {@code local_infile=true}
 * and {@code local_infile_dir} is set, and then only a regular file inside that directory (after
 * resolving symbolic links) whose name the statement itself contains. A server asking for any
 * other file, the malicious-server attack, is refused and nothing is sent.
 *
 * @param enabled the {@code local_infile} option
 * @param directory the {@code local_infile_dir} option, or {@code null}
 */
public record LocalInfilePolicy(boolean enabled, Path directory) {

    public static final LocalInfilePolicy OFF = new LocalInfilePolicy(false, null);

    /** Whether the handshake asks for CLIENT_LOCAL_FILES. */
    public boolean active() {
        return enabled && directory != null;
    }

    /**
     * The file to send for the server's request, or empty to refuse.
     *
     * @param requested the file name in the server's request
     * @param sql the statement that was sent
     */
    public Optional<Path> allow(String requested, String sql) {
        if (!active() || requested.isEmpty() || sql == null || !sql.contains(requested)) {
            return Optional.empty();
        }
        try {
            Path dir = directory.toRealPath();
            Path file = dir.resolve(requested).toRealPath();
            return file.startsWith(dir) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
