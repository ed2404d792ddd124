package io.sqlwire.mysql.auth;

import java.util.HexFormat;

/**
 * What the client does after a plugin has looked at the server's data: send a packet, or send
 * nothing and read the server's next packet (which is OK, ERR, AuthSwitchRequest or another
 * AuthMoreData).
 */
public sealed interface AuthStep permits AuthStep.Send, AuthStep.AwaitServer {

    /** Send {@code data} as the payload of the next packet (sequence id continues). */
    static AuthStep send(byte[] data) {
        return new Send(data);
    }

    /** Send nothing; read the server's next packet. */
    static AuthStep awaitServer() {
        return AwaitServer.INSTANCE;
    }

    /**
     * A reply packet. The payload may hold a password in clear or scrambled form, so
     * {@link #toString()} shows only its length.
     *
     * @param data the payload to frame and send
     */
    record Send(byte[] data) implements AuthStep {
        public Send {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Send s && java.util.Arrays.equals(data, s.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Send[" + data.length + " bytes]";
        }

        /** The payload in hex, for tests. */
        String hex() {
            return HexFormat.of().formatHex(data);
        }
    }

    /** Nothing to send now. */
    enum AwaitServer implements AuthStep {
        INSTANCE
    }
}
