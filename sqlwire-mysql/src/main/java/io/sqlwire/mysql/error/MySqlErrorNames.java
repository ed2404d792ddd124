package io.sqlwire.mysql.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Symbolic names of MySQL/MariaDB error codes ({@code ER_DUP_ENTRY} for 1062, {@code CR_SERVER_LOST}
 * for 2013), read once from the generated resource {@code error-names.txt}
 * (tools/GenerateMysqlErrorNames.java, MariaDB numbering) plus the MySQL codes whose numbers
 * MariaDB uses for something else.
 */
public final class MySqlErrorNames {
    private static final String RESOURCE = "error-names.txt";
    private static final Map<Integer, String> MARIADB = load();
    /** MySQL 8 codes that differ from MariaDB's meaning of the same number. */
    private static final Map<Integer, String> MYSQL_ONLY = Map.of(
            3024, "ER_QUERY_TIMEOUT",
            3101, "ER_TRANSACTION_ROLLBACK_DURING_COMMIT",
            3572, "ER_LOCK_NOWAIT",
            3819, "ER_CHECK_CONSTRAINT_VIOLATED",
            4031, "ER_CLIENT_INTERACTION_TIMEOUT");

    private MySqlErrorNames() {
    }

    /** The name of {@code code} on a MariaDB ({@code mariaDb}) or MySQL server, if known. */
    public static Optional<String> name(int code, boolean mariaDb) {
        if (mariaDb) {
            return Optional.ofNullable(MARIADB.get(code));
        }
        if (MYSQL_ONLY.containsKey(code)) {
            return Optional.of(MYSQL_ONLY.get(code));
        }
        // 1900-1999 and 4000 up are MariaDB's own numbering; MySQL means other errors there.
        String name = code >= 1900 && code < 2000 || code >= 4000 ? null : MARIADB.get(code);
        return Optional.ofNullable(name != null && name.startsWith("ER_UNUSED") ? null : name);
    }

    /** How many codes the generated table holds. */
    static int size() {
        return MARIADB.size();
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> names = new HashMap<>(2048);
        try (InputStream in = MySqlErrorNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from sqlwire-mysql");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    int space = line.indexOf(' ');
                    names.put(Integer.parseInt(line.substring(0, space)), line.substring(space + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(names);
    }
}
