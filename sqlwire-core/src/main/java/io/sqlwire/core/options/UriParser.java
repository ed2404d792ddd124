package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Connection URIs: {@code scheme://[user[:password]@][host[:port][,...]][/database][?key=value&...]}
 * for postgresql, postgres, mysql and mariadb, and {@code sqlite:path[?key=value&...]}.
 * Every part is percent-decoded; a host may be a bracketed IPv6 literal or a percent-encoded
 * socket path ({@code %2Fvar%2Frun%2Fpostgresql}). Query parameters win over the authority part.
 */
final class UriParser {

    private UriParser() {
    }

    static ParsedDsn parse(String uri) {
        int colon = uri.indexOf(':');
        String scheme = uri.substring(0, colon).toLowerCase(Locale.ROOT);
        Backend backend = Backend.byName(scheme).orElseThrow(() -> new InvalidOptionException(null,
                "unsupported URI scheme \"" + scheme + ":\": expected one of "
                        + String.join(", ", Backend.allNames().stream().map(n -> n + ":").toList())));
        String rest = uri.substring(colon + 1);
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q + 1);
        String hier = q < 0 ? rest : rest.substring(0, q);
        Map<String, Object> values = new LinkedHashMap<>();
        if (backend == Backend.SQLITE) {
            values.put("dbname", sqlitePath(hier));
        } else {
            if (!hier.startsWith("//")) {
                throw new InvalidOptionException(null, "expected \"//\" after \"" + scheme + ":\" in URI");
            }
            authorityAndPath(hier.substring(2), values);
        }
        query(query, values);
        return new ParsedDsn(scheme, true, values);
    }

    private static void authorityAndPath(String hier, Map<String, Object> values) {
        int slash = hier.indexOf('/');
        String authority = slash < 0 ? hier : hier.substring(0, slash);
        String path = slash < 0 ? "" : hier.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo(authority.substring(0, at), values);
        }
        hosts(authority.substring(at + 1), values);
        if (!path.isEmpty()) {
            values.put("dbname", decode(path, "database name"));
        }
    }

    private static void userInfo(String info, Map<String, Object> values) {
        int c = info.indexOf(':');
        String user = c < 0 ? info : info.substring(0, c);
        if (!user.isEmpty()) {
            values.put("user", decode(user, "user name"));
        }
        if (c >= 0) {
            values.put("password", Secret.of(decodeSecret(info.substring(c + 1), "password")));
        }
    }

    // hostspec = [host][:port][,...]; kept as the same comma lists a key=value string would give
    private static void hosts(String spec, Map<String, Object> values) {
        if (spec.isEmpty()) {
            return;
        }
        List<String> hosts = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (String item : spec.split(",", -1)) {
            String host = item;
            String port = "";
            if (item.startsWith("[")) {
                int close = item.indexOf(']');
                if (close < 0) {
                    throw new InvalidOptionException("host", "missing \"]\" in IPv6 host \"" + item + "\" in URI");
                }
                host = item.substring(1, close);
                String after = item.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    throw new InvalidOptionException("host", "unexpected \"" + after + "\" after IPv6 host \"" + item + "\" in URI");
                }
                port = after.isEmpty() ? "" : after.substring(1);
            } else if (item.indexOf(':') >= 0) {
                host = item.substring(0, item.indexOf(':'));
                port = item.substring(item.indexOf(':') + 1);
            }
            checkPort(port, item);
            hosts.add(decode(host, "host"));
            ports.add(port);
        }
        if (hosts.stream().anyMatch(h -> !h.isEmpty())) {
            values.put("host", String.join(",", hosts));
        }
        if (ports.stream().anyMatch(p -> !p.isEmpty())) {
            values.put("port", String.join(",", ports));
        }
    }

    private static void checkPort(String port, String item) {
        if (port.isEmpty()) {
            return;
        }
        boolean ok = port.length() <= 5 && port.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
        if (!ok) {
            throw new InvalidOptionException("port", "invalid port \"" + port + "\" in \"" + item + "\" (expected 1-65535)");
        }
    }

    // sqlite:path, sqlite:/abs, sqlite:///abs, sqlite::memory:; an authority (sqlite://host/...) is refused
    private static String sqlitePath(String hier) {
        String path = hier;
        if (hier.startsWith("//")) {
            int slash = hier.indexOf('/', 2);
            String authority = slash < 0 ? hier.substring(2) : hier.substring(2, slash);
            if (!authority.isEmpty()) {
                throw new InvalidOptionException("dbname", "a sqlite URI takes a file path, not a host (\"" + authority
                        + "\"): use sqlite:relative/file.db or sqlite:///absolute/file.db");
            }
            path = hier.substring(2);
        }
        return path.isEmpty() ? ":memory:" : decode(path, "database path");
    }

    private static void query(String query, Map<String, Object> values) {
        if (query.isEmpty()) {
            return;
        }
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            if (eq < 0) {
                throw new InvalidOptionException(null, "missing \"=\" in URI query parameter \""
                        + decode(param, "query parameter") + "\"");
            }
            String key = decode(param.substring(0, eq), "query parameter name");
            boolean secret = OptionTable.find(key).map(Option::isSecret).orElse(false);
            String raw = param.substring(eq + 1);
            if (secret) {
                values.put(key, Secret.of(decodeSecret(raw, key)));
            } else {
                values.put(key, decode(raw, "value of \"" + key + "\""));
            }
        }
    }

    static String decode(String s, String part) {
        return decode(s, part, false);
    }

    private static String decodeSecret(String s, String key) {
        return decode(s, key, true);
    }

    private static String decode(String s, String part, boolean secret) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '%') {
                int next = s.indexOf('%', i);
                int end = next < 0 ? s.length() : next;
                out.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
                continue;
            }
            int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0 || hi * 16 + lo == 0) {
                throw badEscape(s.substring(i, Math.min(i + 3, s.length())), hi * 16 + lo == 0 && hi == 0, part, secret);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InvalidOptionException badEscape(String escape, boolean nul, String part, boolean secret) {
        if (secret) {
            // even a fragment of the escape could be part of the password
            return new InvalidOptionException(part, "invalid percent-escape in the " + part + " of the URI");
        }
        String what = nul ? "percent-escape \"%00\" (NUL) is not allowed" : "invalid percent-escape \"" + escape + "\"";
        return new InvalidOptionException(null, what + " in the " + part + " of the URI");
    }
}
