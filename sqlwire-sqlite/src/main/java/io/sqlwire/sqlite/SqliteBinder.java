package io.sqlwire.sqlite;

import io.sqlwire.ProgrammingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds Java values to the placeholders of a prepared statement, as the package documentation lists. */
final class SqliteBinder {

    private SqliteBinder() {
    }

    /**
     * @throws ProgrammingException when the number of values differs from the number of placeholders
     * @throws io.sqlwire.InterfaceException for a value of a type SQLite cannot store
     */
    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        int expected = ps.getParameterMetaData().getParameterCount();
        if (expected != params.length) {
            throw new ProgrammingException("the statement has " + expected + " placeholder" + (expected == 1 ? "" : "s")
                    + " but " + params.length + " parameter" + (params.length == 1 ? " was" : "s were") + " given"
                    + (params.length == 0 && expected == 1 ? " (to bind a single NULL pass new Object[] {null})" : ""),
                    "07001", 0, false, null);
        }
        for (int i = 0; i < params.length; i++) {
            bindOne(ps, i + 1, params[i]);
        }
    }

    private static void bindOne(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.NULL);
            case Long l -> ps.setLong(index, l);
            case Integer i -> ps.setLong(index, i);
            case Short s -> ps.setLong(index, s);
            case Byte b -> ps.setLong(index, b);
            case Boolean b -> ps.setLong(index, b ? 1 : 0);
            case Double d -> ps.setDouble(index, d);
            case Float f -> ps.setDouble(index, SqliteLiterals.floatValue(f));
            case BigDecimal d -> ps.setString(index, d.toPlainString());
            case BigInteger b when b.bitLength() < 64 -> ps.setLong(index, b.longValue());
            case BigInteger b -> ps.setString(index, b.toString());
            case byte[] bytes -> ps.setBytes(index, bytes);
            default -> ps.setString(index, SqliteLiterals.text(value, "parameter " + index));
        }
    }
}
