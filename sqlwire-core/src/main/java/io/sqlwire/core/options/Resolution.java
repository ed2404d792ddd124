package io.sqlwire.core.options;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of resolving: the backend and the winning setting of every option that has one. */
final class Resolution {

    private final Backend backend;
    private final Map<Option<?>, Setting> settings;

    Resolution(Backend backend, Map<Option<?>, Setting> settings) {
        this.backend = backend;
        this.settings = settings;
    }

    ConnectOptions toConnectOptions() {
        List<HostSpec> hosts = backend == Backend.SQLITE ? List.of()
                : HostLists.build(backend, text(CoreOptions.HOST), text(CoreOptions.PORT), text(CoreOptions.HOSTADDR));
        Setting pw = settings.get(CoreOptions.PASSWORD);
        String database = text(CoreOptions.DBNAME);
        if (database == null) {
            database = CoreOptions.DBNAME.defaultText(backend);
        }
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Secret> secrets = new LinkedHashMap<>();
        settings.forEach((row, s) -> {
            if (row.slot() == Option.Slot.OPTION) {
                if (row.isSecret()) {
                    secrets.put(row.name(), s.secret());
                } else {
                    options.put(row.name(), s.text());
                }
            }
        });
        return new ConnectOptions(backend.canonicalName(), hosts, text(CoreOptions.USER),
                pw == null ? null : pw.secret(), database, options, secrets);
    }

    /** Every row that applies to the backend, with its value and source; defaults for the rest. */
    List<ResolvedOption> explain() {
        List<ResolvedOption> out = new ArrayList<>();
        for (Option<?> row : OptionTable.forBackend(backend)) {
            Setting s = settings.get(row);
            if (s != null) {
                out.add(new ResolvedOption(row, s.display(), s.source(), s.origin()));
            } else {
                String d = row.defaultText(backend);
                out.add(new ResolvedOption(row, d, Source.DEFAULT, d == null ? "not set" : "default"));
            }
        }
        return List.copyOf(out);
    }

    private String text(Option<?> row) {
        Setting s = settings.get(row);
        return s == null ? null : s.text();
    }
}
