package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * Protocol::SSLRequest, sent instead of the handshake response to start TLS; the first 32 bytes
 * of HandshakeResponse41:
 * <pre>
 * int&lt;4&gt;   client capabilities (with CLIENT_SSL)
 * int&lt;4&gt;   max packet size
 * int&lt;1&gt;   collation id
 * string[19] filler
 * int&lt;4&gt;   MariaDB extended capabilities (when the server cleared CLIENT_MYSQL), else filler
 * </pre>
 */
public record SslRequest(long capabilities, int maxPacketSize, int collation) implements ClientPacket {

    @Override
    public byte[] encode() {
        return new PayloadWriter(32).int4(capabilities).int4(maxPacketSize).int1(collation).zeros(19)
                .int4(capabilities >>> 32).toByteArray();
    }
}
