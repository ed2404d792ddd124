package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * CommandComplete {@code C}: String command tag, e.g. {@code SELECT 5}, {@code INSERT 0 1},
 * {@code UPDATE 3}, {@code CREATE TABLE}.
 */
public record CommandComplete(String tag) implements BackendMessage {

    static CommandComplete decode(MessageReader r) {
        String tag = r.cstring("command tag");
        r.expectEnd();
        return new CommandComplete(tag);
    }

    /** The command word(s) before the counts: {@code SELECT}, {@code INSERT}, {@code CREATE TABLE}. */
    public String command() {
        int i = tag.length();
        while (i > 0 && (Character.isDigit(tag.charAt(i - 1)) || tag.charAt(i - 1) == ' ')) {
            i--;
        }
        return tag.substring(0, i);
    }

    /** The row count the tag reports (its last number), or -1 when it has none. */
    public long rows() {
        int sp = tag.lastIndexOf(' ');
        if (sp < 0) {
            return -1;
        }
        try {
            return Long.parseLong(tag, sp + 1, tag.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** For {@code INSERT oid rows}: the OID of the one inserted row, or 0. */
    public long insertOid() {
        if (!tag.startsWith("INSERT ")) {
            return 0;
        }
        String[] parts = tag.split(" ");
        return parts.length == 3 ? Long.parseLong(parts[1]) : 0;
    }
}
