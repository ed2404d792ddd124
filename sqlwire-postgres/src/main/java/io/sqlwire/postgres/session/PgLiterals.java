package io.sqlwire.postgres.session;

import java.util.HexFormat;
import java.util.UUID;

/**
 * SQL literals for {@code Connection.literal()} and {@code escapeString()}. With
 * standard_conforming_strings on (the default since 9.1) a backslash is an ordinary character in
 * {@code '...'}; with it off, backslashes are doubled too.
 */
public final class PgLiterals {

    private PgLiterals() {
    }

    public static String escape(String s, boolean standardConformingStrings) {
        if (s.indexOf('\0') >= 0) {
            throw new io.sqlwire.InterfaceException("a NUL character cannot be part of a PostgreSQL string");
        }
        String out = s.replace("'", "''");
        return standardConformingStrings ? out : out.replace("\\", "\\\\");
    }

    public static String literal(Object v, boolean scs) {
        return switch (v) {
            case null -> "NULL";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case Double d when d.isNaN() || d.isInfinite() -> "'" + ParameterEncoder.text(d) + "'::float8";
            case Float f when f.isNaN() || f.isInfinite() -> "'" + ParameterEncoder.text(f) + "'::float4";
            case Number n -> {
                String t = ParameterEncoder.text(n);
                // a leading minus would turn "x - -1" into a comment-free but odd "x --1"
                yield t.startsWith("-") ? "(" + t + ")" : t;
            }
            case byte[] b -> (scs ? "'\\x" : "E'\\\\x") + HexFormat.of().formatHex(b) + "'::bytea";
            case UUID u -> "'" + u + "'::uuid";
            case CharSequence s -> quoted(s.toString(), scs);
            default -> {
                int oid = ParameterEncoder.typeOf(v);
                String q = quoted(ParameterEncoder.text(v), scs);
                yield oid == 0 ? q : q + "::" + PgTypeNames.name(oid);
            }
        };
    }

    private static String quoted(String s, boolean scs) {
        String body = escape(s, scs);
        return (!scs && s.indexOf('\\') >= 0 ? "E'" : "'") + body + "'";
    }
}
