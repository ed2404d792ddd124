package io.sqlwire.core.options;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.Secret;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One row of the option table: a canonical name, its aliases, type, defaults, environment
 * variables, the backends it applies to and a line of documentation. Rows are the static fields of
 * {@link CoreOptions}, {@link TlsOptions}, {@link PostgresOptions}, {@link MysqlOptions} and
 * {@link SqliteOptions}; {@link OptionTable} collects them.
 *
 * <p>Backends read typed values with {@link #get(ConnectOptions)}, which falls back to the
 * default for the connection's backend:
 * <pre>{@code Duration t = CoreOptions.CONNECT_TIMEOUT.get(options);}</pre>
 *
 * @param <T> the Java type of the value
 */
public final class Option<T> {

    /** Where a resolved value is kept in {@link ConnectOptions}. */
    public enum Slot {
        /** {@link ConnectOptions#backend()}. */
        BACKEND,
        /** The host names of {@link ConnectOptions#hosts()}. */
        HOST,
        /** The ports of {@link ConnectOptions#hosts()}. */
        PORT,
        /** {@link ConnectOptions#user()}. */
        USER,
        /** {@link ConnectOptions#password()}. */
        PASSWORD,
        /** {@link ConnectOptions#database()}. */
        DATABASE,
        /** {@link ConnectOptions#options()}, or {@link ConnectOptions#secrets()} for a secret. */
        OPTION,
        /** Nowhere: the value is folded into another option (e.g. {@code ssl=true} into {@code sslmode}). */
        FOLDED
    }

    private final String name;
    private final List<String> aliases;
    private final OptionType<T> type;
    private final OptionGroup group;
    private final Set<Backend> backends;
    private final String defaultText;
    private final Map<Backend, String> backendDefaults;
    private final Map<Backend, String> envVars;
    private final Slot slot;
    private final String doc;
    private final Function<String, String> fold;

    private Option(Builder<T> b) {
        this.name = b.name;
        this.aliases = List.copyOf(b.aliases);
        this.type = b.type;
        this.group = b.group;
        this.backends = Collections.unmodifiableSet(EnumSet.copyOf(b.backends));
        this.defaultText = b.defaultText;
        this.backendDefaults = Collections.unmodifiableMap(new EnumMap<>(b.backendDefaults));
        this.envVars = Collections.unmodifiableMap(new EnumMap<>(b.envVars));
        this.slot = b.slot;
        this.doc = b.doc;
        this.fold = b.fold;
    }

    /** Starts a row; area classes finish it with the builder's setters and {@link Builder#build()}. */
    static <T> Builder<T> builder(String name, OptionType<T> type, OptionGroup group) {
        return new Builder<>(name, type, group);
    }

    public String name() {
        return name;
    }

    /** Other accepted names: libpq, psycopg, MySQL connector and JDBC spellings. */
    public List<String> aliases() {
        return aliases;
    }

    public OptionType<T> type() {
        return type;
    }

    public OptionGroup group() {
        return group;
    }

    /** The backends that accept this option; it is an error to give it to another one. */
    public Set<Backend> backends() {
        return backends;
    }

    public boolean appliesTo(Backend backend) {
        return backends.contains(backend);
    }

    /** Whether the value is a password or passphrase, never shown. */
    public boolean isSecret() {
        return type.secret();
    }

    public Slot slot() {
        return slot;
    }

    /** The one-line description. */
    public String doc() {
        return doc;
    }

    /** The environment variable read for this backend when the option is not set otherwise. */
    public Optional<String> envVar(Backend backend) {
        return Optional.ofNullable(envVars.get(backend));
    }

    /** Every environment variable of this row, by backend. */
    public Map<Backend, String> envVars() {
        return envVars;
    }

    /** The canonical text of the default for a backend, or {@code null} when there is none. */
    public String defaultText(Backend backend) {
        return backendDefaults.getOrDefault(backend, defaultText);
    }

    /** The default for a backend, or {@code null} when there is none. */
    public T defaultValue(Backend backend) {
        String t = defaultText(backend);
        return t == null ? null : type.parse(name, t);
    }

    /** Parses and validates a text value for this option. */
    public T parse(String text) {
        return type.parse(name, text);
    }

    /**
     * The value set in {@code options} (explicitly, by a service file or by the environment), if any.
     * For {@code host} and {@code port} it is the resolved host list, defaults filled in.
     */
    public Optional<T> find(ConnectOptions options) {
        List<HostSpec> hosts = options.hosts();
        return switch (slot) {
            case BACKEND -> Optional.of(parse(options.backend()));
            case HOST -> hosts.isEmpty() ? Optional.empty()
                    : Optional.of(parse(String.join(",", hosts.stream().map(HostSpec::host).toList())));
            case PORT -> hosts.isEmpty() ? Optional.empty()
                    : Optional.of(parse(String.join(",", hosts.stream().map(h -> Integer.toString(h.port())).toList())));
            case USER -> Optional.ofNullable(options.user()).map(this::parse);
            case DATABASE -> Optional.ofNullable(options.database()).map(this::parse);
            case PASSWORD -> Optional.ofNullable(options.password()).map(this::fromSecret);
            case OPTION -> isSecret()
                    ? Optional.ofNullable(options.secrets().get(name)).map(this::fromSecret)
                    : Optional.ofNullable(options.options().get(name)).map(this::parse);
            case FOLDED -> Optional.empty();
        };
    }

    /** The value set in {@code options}, else the default for its backend, else {@code null}. */
    public T get(ConnectOptions options) {
        return find(options).orElseGet(() -> defaultValue(Backend.of(options.backend())));
    }

    /** Whether a value was set (explicitly, by a service file or by the environment). */
    public boolean isSet(ConnectOptions options) {
        return find(options).isPresent();
    }

    /** For a folded row: the value it gives the target option, or {@code null} for none. */
    String foldedValue(String canonicalText) {
        return fold == null ? null : fold.apply(canonicalText);
    }

    private T fromSecret(Secret s) {
        return type.parse(name, s.reveal());
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds one row. */
    static final class Builder<T> {
        private final String name;
        private final OptionType<T> type;
        private final OptionGroup group;
        private List<String> aliases = List.of();
        private Set<Backend> backends = EnumSet.allOf(Backend.class);
        private String defaultText;
        private final Map<Backend, String> backendDefaults = new EnumMap<>(Backend.class);
        private final Map<Backend, String> envVars = new EnumMap<>(Backend.class);
        private Slot slot = Slot.OPTION;
        private String doc = "";
        private Function<String, String> fold;

        private Builder(String name, OptionType<T> type, OptionGroup group) {
            this.name = name;
            this.type = type;
            this.group = group;
        }

        Builder<T> aliases(String... names) {
            this.aliases = List.of(names);
            return this;
        }

        Builder<T> backends(Backend first, Backend... rest) {
            this.backends = EnumSet.of(first, rest);
            return this;
        }

        /** The default for every backend, as canonical text. */
        Builder<T> defaults(String text) {
            this.defaultText = text;
            return this;
        }

        Builder<T> defaults(Backend backend, String text) {
            backendDefaults.put(backend, text);
            return this;
        }

        Builder<T> env(Backend backend, String variable) {
            envVars.put(backend, variable);
            return this;
        }

        Builder<T> slot(Slot slot) {
            this.slot = slot;
            return this;
        }

        /** Makes the row a compatibility spelling of {@code sslmode}: the function maps its canonical text to an sslmode. */
        Builder<T> foldsIntoSslmode(Function<String, String> toSslmode) {
            this.slot = Slot.FOLDED;
            this.fold = toSslmode;
            return this;
        }

        Builder<T> doc(String doc) {
            this.doc = doc;
            return this;
        }

        Option<T> build() {
            return new Option<>(this);
        }
    }
}
