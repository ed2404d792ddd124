package io.sqlwire.postgres.session;

import io.sqlwire.InternalException;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.postgres.protocol.BackendReader;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.flow.AuthExchange;
import io.sqlwire.postgres.protocol.flow.ServerErrorException;
import io.sqlwire.postgres.protocol.flow.ServerParameters;
import io.sqlwire.postgres.protocol.flow.StartupFlow;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Drives the I/O-free {@link StartupFlow} over a transport until the first ReadyForQuery. */
final class Startup {

    private Startup() {
    }

    static void run(Transport t, BackendReader reader, Map<String, String> parameters, AuthExchange auth,
            ServerParameters params, int version, String label) {
        StartupFlow flow = new StartupFlow(version, parameters, auth, params);
        ByteSink out = new ByteSink(256);
        try {
            send(t, out, List.of(flow.start()));
            while (true) {
                StartupFlow.Step step = flow.handle(reader.read());
                send(t, out, step.send());
                if (step.ready()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw t.failure("logging in", e);
        } catch (ServerErrorException e) {
            throw PgErrors.toException("connection to " + label + " failed", e.fields());
        } catch (InternalException e) {
            throw new InternalException("connection to " + label + " failed: " + e.getMessage(), e.sqlState(), 0,
                    false, e);
        }
        String encoding = params.get("client_encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("UTF8")) {
            throw new InternalException("connection to " + label + " failed: the server kept client_encoding "
                    + encoding + " instead of UTF8", "08P01", 0, false, null);
        }
    }

    private static void send(Transport t, ByteSink out, List<FrontendMessage> messages) throws IOException {
        if (messages.isEmpty()) {
            return;
        }
        for (FrontendMessage m : messages) {
            m.encode(out);
        }
        out.writeTo(t.output());
        t.output().flush();
    }
}
