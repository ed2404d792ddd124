package io.sqlwire.postgres.type;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's array text form, {@code {1,2,NULL}}, {@code {{"a,b","c\"d"},{NULL,"NULL"}}}, with an
 * optional dimension decoration in front when a lower bound is not 1: {@code [0:1]={1,2}}.
 * Elements are separated by the type's delimiter (a comma for all types but box, which uses a
 * semicolon). A quoted element may hold anything, with {@code \} escaping the next character; an
 * unquoted {@code NULL} (any case) is SQL NULL while {@code "NULL"} is the string.
 */
final class ArrayText {
    private final String s;
    private final char delimiter;
    private int pos;

    private ArrayText(String s, char delimiter) {
        this.s = s;
        this.delimiter = delimiter;
    }

    /**
     * The array as nested lists: each item is a String, {@code null} or a nested List; the
     * dimension decoration (lower bounds) is skipped, as Java arrays start at 0.
     */
    static List<Object> parse(String text, char delimiter) {
        ArrayText p = new ArrayText(text, delimiter);
        if (text.startsWith("[")) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("array dimensions without '=' in \"" + text + "\"");
            }
            p.pos = eq + 1;
        }
        List<Object> result = p.list();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("junk after array at offset " + p.pos);
        }
        return result;
    }

    private List<Object> list() {
        expect('{');
        List<Object> items = new ArrayList<>();
        if (peek() == '}') {
            pos++;
            return items;
        }
        while (true) {
            char c = peek();
            if (c == '{') {
                items.add(list());
            } else if (c == '"') {
                items.add(quoted());
            } else {
                items.add(unquoted());
            }
            char next = peek();
            pos++;
            if (next == '}') {
                return items;
            }
            if (next != delimiter) {
                throw new IllegalArgumentException("expected '" + delimiter + "' or '}' at offset " + (pos - 1));
            }
        }
    }

    private String quoted() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            sb.append(c == '\\' ? next() : c);
        }
    }

    private String unquoted() {
        StringBuilder sb = new StringBuilder();
        boolean escaped = false;
        while (true) {
            char c = peek();
            if (c == delimiter || c == '}') {
                break;
            }
            pos++;
            if (c == '\\') {
                escaped = true;
                c = next();
            }
            sb.append(c);
        }
        String item = sb.toString();
        if (item.isEmpty()) {
            throw new IllegalArgumentException("empty array element at offset " + pos);
        }
        return !escaped && item.equalsIgnoreCase("NULL") ? null : item;
    }

    private char peek() {
        if (pos >= s.length()) {
            throw new IllegalArgumentException("array text ends early");
        }
        return s.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at offset " + (pos - 1));
        }
    }

    /** Appends {@code item} to an array literal: quoted, with {@code "} and {@code \} escaped, or NULL. */
    static void appendElement(StringBuilder sb, String item) {
        if (item == null) {
            sb.append("NULL");
            return;
        }
        sb.append('"');
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
