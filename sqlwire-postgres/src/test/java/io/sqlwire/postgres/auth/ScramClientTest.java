package io.sqlwire.postgres.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScramClientTest {
    static final SaslChoice PLAIN = new SaslChoice(SaslChoice.SCRAM_SHA_256, "n,,", null);
    static final String SERVER_FIRST = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";

    static ScramClient rfc7677() {
        return new ScramClient("user", Secret.of("pencil"), PLAIN, "rOprNGfwEbeRWgbNEkqO");
    }

    @Test
    void rfc7677TestVector() {
        ScramClient c = rfc7677();
        assertThat(new String(c.clientFirstMessage(), UTF_8)).isEqualTo("n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        assertThat(new String(c.clientFinalMessage(SERVER_FIRST.getBytes(UTF_8)), UTF_8)).isEqualTo(
                "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                        + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        assertThat(c.isComplete()).isFalse();
        c.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=".getBytes(UTF_8));
        assertThat(c.isComplete()).isTrue();
        assertThat(c.isChannelBound()).isFalse();
    }

    @Test
    void badServerSignatureIsAnOperationalError() {
        ScramClient c = rfc7677();
        c.clientFirstMessage();
        c.clientFinalMessage(SERVER_FIRST.getBytes(UTF_8));
        assertThatThrownBy(() -> c.verifyServerFinal("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=".getBytes(UTF_8)))
                .isInstanceOf(OperationalException.class)
                .hasMessage("server signature mismatch: the server does not know the password (possible man-in-the-middle)");
        assertThat(c.isComplete()).isFalse();
    }

    @Test
    void serverErrorInFinalMessage() {
        ScramClient c = rfc7677();
        c.clientFirstMessage();
        c.clientFinalMessage(SERVER_FIRST.getBytes(UTF_8));
        assertThatThrownBy(() -> c.verifyServerFinal("e=invalid-proof".getBytes(UTF_8)))
                .isInstanceOf(OperationalException.class).hasMessageContaining("invalid-proof");
    }

    @Test
    void plusHeaderCarriesChannelBindingData() {
        byte[] cb = {1, 2, 3, (byte) 0xff};
        ScramClient c = new ScramClient("", Secret.of("pencil"),
                new SaslChoice(SaslChoice.SCRAM_SHA_256_PLUS, "p=tls-server-end-point,,", cb), "abc");
        assertThat(new String(c.clientFirstMessage(), UTF_8)).isEqualTo("p=tls-server-end-point,,n=,r=abc");
        String fin = new String(c.clientFinalMessage("r=abcdef,s=QUJD,i=1".getBytes(UTF_8)), UTF_8);
        byte[] expected = "p=tls-server-end-point,,\u0001\u0002\u0003".getBytes(UTF_8);
        byte[] withFf = java.util.Arrays.copyOf(expected, expected.length + 1);
        withFf[expected.length] = (byte) 0xff;
        assertThat(fin).startsWith("c=" + Base64.getEncoder().encodeToString(withFf) + ",r=abcdef,p=");
        assertThat(c.isChannelBound()).isTrue();
        assertThat(c.mechanism()).isEqualTo("SCRAM-SHA-256-PLUS");
    }

    @Test
    void yHeaderIsBiwsWithoutData() {
        ScramClient c = new ScramClient("", Secret.of("x"), new SaslChoice(SaslChoice.SCRAM_SHA_256, "y,,", null), "n1");
        assertThat(new String(c.clientFirstMessage(), UTF_8)).isEqualTo("y,,n=,r=n1");
        assertThat(new String(c.clientFinalMessage("r=n1n2,s=QUJD,i=2".getBytes(UTF_8)), UTF_8)).startsWith("c=eSws,r=n1n2,p=");
    }

    @Test
    void userNameIsEscaped() {
        ScramClient c = new ScramClient("a=b,c", Secret.of("x"), PLAIN, "n");
        assertThat(new String(c.clientFirstMessage(), UTF_8)).isEqualTo("n,,n=a=3Db=2Cc,r=n");
    }

    @Test
    void randomNonceIs18BytesBase64() {
        ScramClient c = ScramClient.start("", Secret.of("x"), PLAIN, new Random(7));
        String first = new String(c.clientFirstMessage(), UTF_8);
        assertThat(Base64.getDecoder().decode(first.substring("n,,n=,r=".length()))).hasSize(18);
    }

    // The verifier PostgreSQL 15 stored for scram_user/scram_pw in pg_authid:
    // SCRAM-SHA-256$4096:bKZ5b9IB+vnveeQkNUrukw==$<StoredKey>:<ServerKey>
    @Test
    void derivesTheKeysPostgresqlStored() throws Exception {
        byte[] salt = Base64.getDecoder().decode("bKZ5b9IB+vnveeQkNUrukw==");
        byte[] salted = ScramClient.hi("scram_pw".getBytes(UTF_8), salt, 4096);
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(ScramClient.hmac(salted, "Client Key".getBytes(UTF_8)));
        byte[] serverKey = ScramClient.hmac(salted, "Server Key".getBytes(UTF_8));
        assertThat(Base64.getEncoder().encodeToString(storedKey)).isEqualTo("2rxxaL8YP0U5eWjPOdLFZgitoGl7XCCwCFUVYyAZ/Ko=");
        assertThat(Base64.getEncoder().encodeToString(serverKey)).isEqualTo("d/YSWSun7oz0USGXXvCKBGhD1EkUUdMFedGi2dwZdLQ=");
    }

    @Test
    void malformedServerFirstNamesTheField() {
        assertMalformed("r=rOprNGfwEbeRWgbNEkqOxyz,s=***,i=4096", "salt");
        assertMalformed("r=rOprNGfwEbeRWgbNEkqOxyz,s=QUJD,i=lots", "iteration count (i)");
        assertMalformed("r=rOprNGfwEbeRWgbNEkqOxyz,s=QUJD,i=0", "iteration count (i) 0");
        assertMalformed("r=rOprNGfwEbeRWgbNEkqOxyz,s=QUJD,i=2000000000", "outside");
        assertMalformed("r=rOprNGfwEbeRWgbNEkqOxyz,i=4096", "expected r=, s= and i=");
        assertMalformed("m=ext,r=rOprNGfwEbeRWgbNEkqOxyz,s=QUJD,i=1", "extension (m)");
        assertMalformed("s=QUJD,r=rOprNGfwEbeRWgbNEkqOxyz,i=1", "nonce (r=)");
        assertMalformed("r=rOprNGfwEbeRWgbNEkqOxyz,s=,i=1", "salt (s) is empty");
    }

    private static void assertMalformed(String serverFirst, String field) {
        ScramClient c = rfc7677();
        c.clientFirstMessage();
        assertThatThrownBy(() -> c.clientFinalMessage(serverFirst.getBytes(UTF_8)))
                .isInstanceOf(InternalException.class).hasMessageContaining(field);
    }

    @Test
    void nonceMustExtendOurs() {
        ScramClient c = rfc7677();
        c.clientFirstMessage();
        assertThatThrownBy(() -> c.clientFinalMessage("r=somebodyElse,s=QUJD,i=1".getBytes(UTF_8)))
                .isInstanceOf(OperationalException.class).hasMessageContaining("nonce");
        ScramClient d = rfc7677();
        d.clientFirstMessage();
        assertThatThrownBy(() -> d.clientFinalMessage("r=rOprNGfwEbeRWgbNEkqO,s=QUJD,i=1".getBytes(UTF_8)))
                .isInstanceOf(OperationalException.class);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        ScramClient c = rfc7677();
        assertThatThrownBy(() -> c.verifyServerFinal("v=".getBytes(UTF_8))).isInstanceOf(InternalException.class);
    }

    @Test
    void malformedServerFinal() {
        ScramClient c = rfc7677();
        c.clientFirstMessage();
        c.clientFinalMessage(SERVER_FIRST.getBytes(UTF_8));
        assertThatThrownBy(() -> c.verifyServerFinal("x=1".getBytes(UTF_8)))
                .isInstanceOf(InternalException.class).hasMessageContaining("v=");
    }
}
