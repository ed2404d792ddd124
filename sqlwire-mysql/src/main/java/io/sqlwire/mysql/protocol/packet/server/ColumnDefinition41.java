package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * Protocol::ColumnDefinition41:
 * <pre>
 * string&lt;lenenc&gt; catalog ("def")
 * string&lt;lenenc&gt; schema
 * string&lt;lenenc&gt; table (alias)
 * string&lt;lenenc&gt; org_table
 * string&lt;lenenc&gt; name (alias)
 * string&lt;lenenc&gt; org_name
 * int&lt;lenenc&gt;    length of the fixed fields, 0x0C
 * int&lt;2&gt;         character set (collation id; 63 = binary)
 * int&lt;4&gt;         column length
 * int&lt;1&gt;         type (MYSQL_TYPE_*)
 * int&lt;2&gt;         flags (NOT_NULL 1, PRI_KEY 2, UNSIGNED 32, BINARY 128 ...)
 * int&lt;1&gt;         decimals
 * int&lt;2&gt;         filler
 * </pre>
 */
public record ColumnDefinition41(String catalog, String schema, String table, String orgTable, String name,
        String orgName, int characterSet, long columnLength, int type, int flags, int decimals)
        implements ServerPacket {

    public static final int FLAG_NOT_NULL = 1;
    public static final int FLAG_UNSIGNED = 32;
    public static final int FLAG_BINARY = 128;
    /** The collation id of binary strings. */
    public static final int BINARY_CHARSET = 63;

    public static ColumnDefinition41 decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "ColumnDefinition41");
        String catalog = r.readLengthEncodedString("catalog");
        String schema = r.readLengthEncodedString("schema");
        String table = r.readLengthEncodedString("table");
        String orgTable = r.readLengthEncodedString("org_table");
        String name = r.readLengthEncodedString("name");
        String orgName = r.readLengthEncodedString("org_name");
        long fixed = r.readLengthEncodedInt("length of fixed fields");
        if (fixed < 0x0C) {
            throw r.malformed("length of fixed fields is " + fixed + ", expected 12");
        }
        int charset = r.readUInt16("character set");
        long length = r.readUInt32("column length");
        int type = r.readUInt8("type");
        int flags = r.readUInt16("flags");
        int decimals = r.readUInt8("decimals");
        return new ColumnDefinition41(catalog, schema, table, orgTable, name, orgName, charset, length, type, flags,
                decimals);
    }

    public byte[] encode() {
        return new PayloadWriter().lengthEncodedString(catalog).lengthEncodedString(schema)
                .lengthEncodedString(table).lengthEncodedString(orgTable).lengthEncodedString(name)
                .lengthEncodedString(orgName).lengthEncodedInt(0x0C).int2(characterSet).int4(columnLength)
                .int1(type).int2(flags).int1(decimals).zeros(2).toByteArray();
    }

    public boolean isUnsigned() {
        return (flags & FLAG_UNSIGNED) != 0;
    }

    public boolean isNotNull() {
        return (flags & FLAG_NOT_NULL) != 0;
    }

    /** Whether the value is a byte string rather than text (binary collation). */
    public boolean isBinary() {
        return characterSet == BINARY_CHARSET;
    }
}
