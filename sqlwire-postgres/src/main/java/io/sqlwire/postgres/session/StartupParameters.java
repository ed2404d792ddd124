package io.sqlwire.postgres.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.PostgresOptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The name/value pairs of the StartupMessage, from the options. */
final class StartupParameters {

    private StartupParameters() {
    }

    static Map<String, String> build(ConnectOptions options, String user, String database) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("user", user);
        p.put("database", database);
        String app = CoreOptions.APPLICATION_NAME.find(options)
                .or(() -> PostgresOptions.FALLBACK_APPLICATION_NAME.find(options)).orElse(null);
        if (app != null) {
            p.put("application_name", app);
        }
        PostgresOptions.OPTIONS.find(options).ifPresent(o -> p.put("options", o));
        p.put("client_encoding", clientEncoding(options));
        // ISO dates and shortest-exact floats: the text forms sqlwire's decoders read back exactly
        p.put("DateStyle", "ISO, MDY");
        p.put("extra_float_digits", "3");
        return p;
    }

    /** UTF8, the only encoding sqlwire decodes; any other choice is refused rather than mis-decoded. */
    static String clientEncoding(ConnectOptions options) {
        String e = PostgresOptions.CLIENT_ENCODING.get(options);
        String norm = e == null ? "UTF8" : e.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (!norm.equals("UTF8") && !norm.equals("UNICODE")) {
            throw new InvalidOptionException("client_encoding", "client_encoding \"" + e + "\" is not supported:"
                    + " sqlwire always talks UTF8 with the server, which converts from the database encoding");
        }
        return "UTF8";
    }
}
