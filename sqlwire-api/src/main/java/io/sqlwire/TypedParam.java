package io.sqlwire;

import java.util.Objects;

/**
 * A query parameter with an explicit server type, for when the type the driver infers from the
 * Java value is not the one wanted or the server cannot infer it from context: a JSON string for
 * a {@code jsonb} parameter, an Integer for a {@code bigint} one, an array whose elements are all
 * {@code null}. The value is sent as that server type; the server converts it from its text form
 * when the driver has no binary encoding of the value for that type.
 *
 * @param value the value, or {@code null} for a NULL of that type
 * @param typeName the server's name of the type, e.g. {@code jsonb}, {@code int8},
 *     {@code timestamptz}, {@code text[]}
 */
public record TypedParam(Object value, String typeName) {

    public TypedParam {
        Objects.requireNonNull(typeName, "typeName");
        if (typeName.isBlank()) {
            throw new IllegalArgumentException("typeName is blank");
        }
    }

    /** {@code value} sent as the server type {@code typeName}. */
    public static TypedParam of(Object value, String typeName) {
        return new TypedParam(value, typeName);
    }
}
