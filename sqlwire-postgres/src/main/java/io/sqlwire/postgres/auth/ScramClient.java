package io.sqlwire.postgres.auth;

import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of one SCRAM-SHA-256 or SCRAM-SHA-256-PLUS exchange (RFC 5802, RFC 7677), as
 * PostgreSQL runs it inside AuthenticationSASL / SASLContinue / SASLFinal.
 *
 * <pre>{@code
 * ScramClient scram = ScramClient.start("", password, choice);    // choice from SaslMechanisms.choose
 * byte[] first = scram.clientFirstMessage();                     // SASLInitialResponse data
 * byte[] fin = scram.clientFinalMessage(saslContinueData);       // SASLResponse data
 * scram.verifyServerFinal(saslFinalData);                        // throws on a bad server signature
 * }</pre>
 *
 * <p>PostgreSQL ignores the user name inside SCRAM (it uses the startup user), so the connector
 * passes an empty one, as libpq does. The password goes through {@link SaslPrep}. An instance is
 * used by one thread and for one exchange; call the three steps in order.
 */
public final class ScramClient {

    /** Bytes of randomness in the client nonce (base64-encoded on the wire). */
    static final int NONCE_BYTES = 18;
    /** Fewest PBKDF2 iterations accepted; PostgreSQL's scram_iterations may be as low as 1. */
    static final int MIN_ITERATIONS = 1;
    /** Most PBKDF2 iterations accepted, so a hostile server cannot make the client spin for minutes. */
    static final int MAX_ITERATIONS = 10_000_000;

    private enum Step { FIRST, FINAL, VERIFY, DONE }

    private final String user;
    private final Secret password;
    private final SaslChoice choice;
    private final String clientNonce;
    private Step step = Step.FIRST;
    private String clientFirstBare;
    private byte[] expectedServerSignature;

    ScramClient(String user, Secret password, SaslChoice choice, String clientNonce) {
        this.user = user == null ? "" : user;
        this.password = password;
        this.choice = choice;
        this.clientNonce = clientNonce;
    }

    /** A new exchange with a nonce from {@link SecureRandom}. */
    public static ScramClient start(String user, Secret password, SaslChoice choice) {
        return start(user, password, choice, new SecureRandom());
    }

    /** A new exchange with a nonce from {@code random} (tests pass a seeded one). */
    public static ScramClient start(String user, Secret password, SaslChoice choice, Random random) {
        byte[] raw = new byte[NONCE_BYTES];
        random.nextBytes(raw);
        return new ScramClient(user, password, choice, Base64.getEncoder().encodeToString(raw));
    }

    /** The mechanism name for SASLInitialResponse, e.g. {@code SCRAM-SHA-256-PLUS}. */
    public String mechanism() {
        return choice.mechanism();
    }

    /** client-first-message: gs2 header, then {@code n=<user>,r=<client nonce>}. */
    public byte[] clientFirstMessage() {
        expect(Step.FIRST);
        clientFirstBare = "n=" + escapeName(user) + ",r=" + clientNonce;
        step = Step.FINAL;
        return (choice.gs2Header() + clientFirstBare).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * client-final-message for the server-first-message in SASLContinue: channel binding, the
     * combined nonce and the client proof.
     *
     * @throws InternalException when the server-first-message is malformed, naming the field
     * @throws OperationalException when the server's nonce does not extend ours
     */
    public byte[] clientFinalMessage(byte[] serverFirstMessage) {
        expect(Step.FINAL);
        String serverFirst = new String(serverFirstMessage, StandardCharsets.UTF_8);
        ServerFirst sf = ServerFirst.parse(serverFirst);
        if (!sf.nonce().startsWith(clientNonce) || sf.nonce().length() == clientNonce.length()) {
            throw new OperationalException("SCRAM server-first-message has a nonce (r) that does not extend "
                    + "the client nonce: the server is not following the protocol");
        }
        byte[] cbInput = concat(choice.gs2Header().getBytes(StandardCharsets.US_ASCII), choice.channelBindingData());
        String withoutProof = "c=" + Base64.getEncoder().encodeToString(cbInput) + ",r=" + sf.nonce();
        byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof).getBytes(StandardCharsets.UTF_8);
        byte[] salted = hi(SaslPrep.passwordBytes(password.reveal()), sf.salt(), sf.iterations());
        byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] clientSignature = hmac(sha256(clientKey), authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ clientSignature[i]);
        }
        expectedServerSignature = hmac(hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII)), authMessage);
        Arrays.fill(salted, (byte) 0);
        Arrays.fill(clientKey, (byte) 0);
        step = Step.VERIFY;
        return (withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks the server-final-message from SASLFinal.
     *
     * @throws OperationalException when the server reports an error ({@code e=}) or its signature is
     *     wrong, which means it does not know the password
     * @throws InternalException when the message is malformed
     */
    public void verifyServerFinal(byte[] serverFinalMessage) {
        expect(Step.VERIFY);
        String msg = new String(serverFinalMessage, StandardCharsets.UTF_8);
        if (msg.startsWith("e=")) {
            throw new OperationalException("SCRAM authentication failed: the server reported \""
                    + ScramAttributes.value(msg, 'e') + "\"");
        }
        if (!msg.startsWith("v=")) {
            throw new InternalException("malformed SCRAM server-final-message: expected the verifier (v=)");
        }
        byte[] signature = ScramAttributes.base64(ScramAttributes.value(msg, 'v'), "server-final-message", "the verifier (v)");
        if (!MessageDigest.isEqual(signature, expectedServerSignature)) {
            throw new OperationalException("server signature mismatch: the server does not know the password "
                    + "(possible man-in-the-middle)");
        }
        step = Step.DONE;
    }

    /** Whether the server's signature was verified, i.e. the exchange completed. */
    public boolean isComplete() {
        return step == Step.DONE;
    }

    /** Whether the exchange binds to the TLS channel (SCRAM-SHA-256-PLUS). */
    public boolean isChannelBound() {
        return choice.channelBound();
    }

    private void expect(Step s) {
        if (step != s) {
            throw new InternalException("SCRAM step out of order: expected " + step + ", got " + s);
        }
    }

    // RFC 5802 §5.1: "=" and "," in a saslname are written as =3D and =2C
    private static String escapeName(String name) {
        return name.replace("=", "=3D").replace(",", "=2C");
    }

    /** Hi() of RFC 5802 §2.2: PBKDF2 with HMAC-SHA-256 and one output block. */
    static byte[] hi(byte[] password, byte[] salt, int iterations) {
        try {
            Mac mac = mac(password);
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    static byte[] hmac(byte[] key, byte[] data) {
        return mac(key).doFinal(data);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // SecretKeySpec refuses an empty key; HMAC pads keys with zeros, so one zero byte is equivalent
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
