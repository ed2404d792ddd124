package io.sqlwire.core.codec;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The backend-neutral identity of a database type, as a result column or a parameter carries it.
 *
 * @param backend the canonical backend name: {@code postgresql}, {@code mysql} or {@code sqlite}
 * @param id the backend's numeric type id: the PostgreSQL type OID, the MySQL column type byte,
 *     or 0 where there is none
 * @param name the type name, e.g. {@code int4}, {@code VARCHAR}, {@code hstore}; codecs for
 *     types without a fixed id (PostgreSQL extension types) match on it
 * @param modifier the backend's type modifier (PostgreSQL's atttypmod, MySQL's decimals), or -1
 * @param flags qualifiers such as {@link TypeFlag#UNSIGNED}
 */
public record TypeRef(String backend, int id, String name, int modifier, Set<TypeFlag> flags) {

    public TypeRef {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(name, "name");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    /** A type without modifier or flags. */
    public static TypeRef of(String backend, int id, String name) {
        return new TypeRef(backend, id, name, -1, Set.of());
    }

    /** This type with {@code modifier}. */
    public TypeRef withModifier(int newModifier) {
        return new TypeRef(backend, id, name, newModifier, flags);
    }

    /** This type with the given flags added. */
    public TypeRef withFlags(TypeFlag first, TypeFlag... more) {
        EnumSet<TypeFlag> all = EnumSet.of(first, more);
        all.addAll(flags);
        return new TypeRef(backend, id, name, modifier, all);
    }

    /** Whether this type carries {@code flag}. */
    public boolean has(TypeFlag flag) {
        return flags.contains(flag);
    }

    /** Whether this type belongs to {@code backendName}. */
    public boolean isBackend(String backendName) {
        return backend.equals(backendName);
    }
}
