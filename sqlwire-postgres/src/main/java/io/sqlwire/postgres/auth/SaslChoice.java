package io.sqlwire.postgres.auth;

/**
 * The SASL mechanism picked by {@link SaslMechanisms#choose} and how it treats channel binding.
 *
 * @param mechanism {@code SCRAM-SHA-256} or {@code SCRAM-SHA-256-PLUS}
 * @param gs2Header {@code n,,} (client does not bind), {@code y,,} (client could bind, but the server
 *     offered no -PLUS over TLS) or {@code p=tls-server-end-point,,}
 * @param channelBindingData the {@code tls-server-end-point} hash for -PLUS, else empty
 */
public record SaslChoice(String mechanism, String gs2Header, byte[] channelBindingData) {

    public static final String SCRAM_SHA_256 = "SCRAM-SHA-256";
    public static final String SCRAM_SHA_256_PLUS = "SCRAM-SHA-256-PLUS";

    public SaslChoice {
        channelBindingData = channelBindingData == null ? new byte[0] : channelBindingData.clone();
    }

    /** Whether this exchange binds to the TLS channel. */
    public boolean channelBound() {
        return mechanism.equals(SCRAM_SHA_256_PLUS);
    }

    @Override
    public byte[] channelBindingData() {
        return channelBindingData.clone();
    }
}
