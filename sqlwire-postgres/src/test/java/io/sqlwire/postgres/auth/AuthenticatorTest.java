package io.sqlwire.postgres.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InternalException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.core.transport.TlsInfo;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    static final TlsInfo TLS = new TlsInfo("TLSv1.3", "TLS_AES_128_GCM_SHA256", null, List.of(), false);

    static ConnectOptions opts(Map<String, String> options) {
        return new ConnectOptions("postgresql", List.of(), "bob", Secret.of("pw"), null, options, Map.of());
    }

    static Authenticator auth(Map<String, String> options, Secret pw, boolean tls) {
        return new Authenticator(opts(options), "bob", pw, tls ? Optional.of(TLS) : Optional.empty(), false);
    }

    @Test
    void fullScramExchangeAgainstServerSideComputation() throws Exception {
        Authenticator a = auth(Map.of(), Secret.of("s3cr\u00e9t"), false);
        Authenticator.SaslStart start = a.saslStart(List.of("SCRAM-SHA-256"));
        assertThat(start.mechanism()).isEqualTo("SCRAM-SHA-256");
        String first = new String(start.initialResponse(), UTF_8);
        assertThat(first).startsWith("n,,n=,r=");
        String clientFirstBare = first.substring(3);
        String nonce = clientFirstBare.substring("n=,r=".length()) + "SERVERPART";
        byte[] salt = "pepper-salt".getBytes(UTF_8);
        String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(salt) + ",i=4096";
        String clientFinal = new String(a.saslContinue(serverFirst.getBytes(UTF_8)), UTF_8);

        // the server side, as the server computes it from its stored verifier
        byte[] salted = ScramClient.hi("s3cr\u00e9t".getBytes(UTF_8), salt, 4096);
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(ScramClient.hmac(salted, "Client Key".getBytes(UTF_8)));
        String withoutProof = clientFinal.substring(0, clientFinal.indexOf(",p="));
        byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof).getBytes(UTF_8);
        byte[] signature = ScramClient.hmac(storedKey, authMessage);
        byte[] proof = Base64.getDecoder().decode(clientFinal.substring(clientFinal.indexOf(",p=") + 3));
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ signature[i]);
        }
        assertThat(MessageDigest.getInstance("SHA-256").digest(clientKey)).isEqualTo(storedKey);
        byte[] serverSig = ScramClient.hmac(ScramClient.hmac(salted, "Server Key".getBytes(UTF_8)), authMessage);

        assertThatThrownBy(a::authenticationOk).isInstanceOf(OperationalException.class)
                .hasMessageContaining("before the SCRAM exchange completed");
        a.saslFinal(("v=" + Base64.getEncoder().encodeToString(serverSig)).getBytes(UTF_8));
        assertThatCode(a::authenticationOk).doesNotThrowAnyException();
        assertThat(a.method()).isEqualTo(AuthMethod.SCRAM_SHA_256);
    }

    @Test
    void md5AndRequireAuth() {
        assertThat(auth(Map.of(), Secret.of("pw"), false).md5Password(new byte[4]).reveal()).startsWith("md5").hasSize(35);
        Authenticator a = auth(Map.of("require_auth", "scram-sha-256"), Secret.of("pw"), false);
        assertThatThrownBy(() -> a.md5Password(new byte[4]))
                .hasMessage("server requested md5 authentication, but require_auth=scram-sha-256");
    }

    @Test
    void trustWithRequireAuth() {
        assertThatCode(auth(Map.of(), null, false)::authenticationOk).doesNotThrowAnyException();
        assertThatThrownBy(auth(Map.of("require_auth", "md5"), null, false)::authenticationOk)
                .hasMessageContaining("without authentication");
    }

    @Test
    void cleartextNeedsTlsOrOptIn() {
        assertThatThrownBy(auth(Map.of(), Secret.of("pw"), false)::cleartextPassword)
                .isInstanceOf(OperationalException.class)
                .hasMessage("server asked for the password in clear text over an unencrypted connection; "
                        + "use sslmode=require or set allow_cleartext_password=true");
        assertThat(auth(Map.of(), Secret.of("pw"), true).cleartextPassword().reveal()).isEqualTo("pw");
        assertThat(auth(Map.of("allow_cleartext_password", "true"), Secret.of("pw"), false).cleartextPassword().reveal())
                .isEqualTo("pw");
        Authenticator unix = new Authenticator(opts(Map.of()), "bob", Secret.of("pw"), Optional.empty(), true);
        assertThat(unix.cleartextPassword().reveal()).isEqualTo("pw");
    }

    @Test
    void channelBindingRequireRefusesOtherMethods() {
        Map<String, String> req = Map.of("channel_binding", "require");
        assertThatThrownBy(() -> auth(req, Secret.of("pw"), true).md5Password(new byte[4]))
                .hasMessageContaining("channel_binding=require").hasMessageContaining("md5");
        assertThatThrownBy(auth(req, Secret.of("pw"), true)::authenticationOk)
                .hasMessageContaining("without channel binding");
    }

    @Test
    void missingPasswordIsExplained() {
        assertThatThrownBy(() -> auth(Map.of(), null, false).md5Password(new byte[4]))
                .isInstanceOf(OperationalException.class).hasMessageContaining("no password was given");
    }

    @Test
    void unsupportedMethods() {
        assertThatThrownBy(() -> auth(Map.of(), null, false).unsupported(7))
                .isInstanceOf(NotSupportedException.class).hasMessageContaining("GSSAPI");
        assertThatThrownBy(() -> auth(Map.of("require_auth", "md5"), null, false).unsupported(9))
                .isInstanceOf(OperationalException.class).hasMessageContaining("server requested sspi");
    }

    @Test
    void outOfOrderMessages() {
        assertThatThrownBy(() -> auth(Map.of(), Secret.of("pw"), false).saslContinue(new byte[0]))
                .isInstanceOf(InternalException.class).hasMessageContaining("without AuthenticationSASL");
    }

    @Test
    void secretNeverInMessages() {
        Authenticator a = auth(Map.of("require_auth", "md5"), Secret.of("hunter2"), false);
        assertThatThrownBy(a::cleartextPassword).hasMessageNotContaining("hunter2");
    }

    @Test
    void sslcertmodeRequireNeedsACertificateSent() {
        Map<String, String> req = Map.of("sslcertmode", "require");
        assertThatThrownBy(auth(req, null, true)::authenticationOk).isInstanceOf(OperationalException.class)
                .hasMessageContaining("sslcertmode=require");
        assertThatThrownBy(auth(req, null, false)::authenticationOk).hasMessageContaining("does not use TLS");
        TlsInfo sent = new TlsInfo("TLSv1.3", "TLS_AES_128_GCM_SHA256", null, List.of(), true);
        Authenticator a = new Authenticator(opts(req), "bob", null, Optional.of(sent), false);
        assertThatCode(a::authenticationOk).doesNotThrowAnyException();
    }
}
