package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validated values of one source (explicit, service file or environment) for one backend.
 * Errors from a source other than the connection string name that source.
 */
final class Layer {

    private final Backend backend;
    private final Source source;
    private final Map<Option<?>, Setting> settings = new LinkedHashMap<>();

    Layer(Backend backend, Source source) {
        this.backend = backend;
        this.source = source;
    }

    Map<Option<?>, Setting> settings() {
        return settings;
    }

    Setting get(Option<?> row) {
        return settings.get(row);
    }

    String text(Option<?> row) {
        Setting s = settings.get(row);
        return s == null ? null : s.text();
    }

    /** Validates a value for a row and keeps it, replacing an earlier one of the same source. */
    void put(Option<?> row, Object value, String origin) {
        if (value == null) {
            return;
        }
        try {
            if (!row.appliesTo(backend)) {
                throw new InvalidOptionException(row.name(), "option \"" + row.name() + "\" does not apply to backend "
                        + backend + " (only to " + String.join(", ", row.backends().stream().map(Backend::toString).toList())
                        + ")");
            }
            if (row.isSecret()) {
                Secret s = value instanceof Secret sec ? sec : Secret.of(value.toString());
                settings.put(row, new Setting(null, s, source, origin));
            } else {
                String text = row.type().canonical(row.name(), value);
                row.type().checkBackend(row.name(), backend, text);
                settings.put(row, new Setting(text, null, source, origin));
            }
        } catch (InvalidOptionException e) {
            throw source == Source.EXPLICIT ? e : new InvalidOptionException(e.option(),
                    e.getMessage() + " (from " + origin + ")", e);
        }
    }

    /**
     * Turns compatibility rows ({@code ssl}, {@code requiressl}, {@code ssl_verify_cert}, ...) into an
     * {@code sslmode} of the same source, unless this source sets sslmode itself. When several are
     * given, the strongest mode wins.
     */
    void fold() {
        if (settings.containsKey(TlsOptions.SSLMODE)) {
            return;
        }
        String best = null;
        Map.Entry<Option<?>, Setting> from = null;
        for (Map.Entry<Option<?>, Setting> e : settings.entrySet()) {
            String mode = e.getKey().foldedValue(e.getValue().text());
            if (mode != null && (best == null
                    || TlsOptions.SSLMODES.indexOf(mode) > TlsOptions.SSLMODES.indexOf(best))) {
                best = mode;
                from = e;
            }
        }
        if (best != null) {
            String origin = from.getValue().origin() + ", from " + from.getKey().name() + "=" + from.getValue().text();
            settings.put(TlsOptions.SSLMODE, new Setting(best, null, source, origin));
        }
    }
}
