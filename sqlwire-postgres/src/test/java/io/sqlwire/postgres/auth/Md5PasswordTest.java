package io.sqlwire.postgres.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Secret;
import org.junit.jupiter.api.Test;

class Md5PasswordTest {

    // Expectations computed with openssl:
    //   inner=$(printf '%s' 'md5_pwmd5_user' | openssl md5 -r | cut -d' ' -f1)   -> b51bc311d6661a2faa795b809e6eb1c4
    //   { printf '%s' "$inner"; printf '\x01\x02\x03\x04'; } | openssl md5 -r   -> addf989ed384b75a3ecada724af712d6
    // and the inner hash equals the rolpassword PostgreSQL stored for md5_user (md5b51bc311...).
    @Test
    void matchesOpensslComputation() {
        assertThat(Md5Password.response("md5_user", Secret.of("md5_pw"), new byte[] {1, 2, 3, 4}))
                .isEqualTo("md5addf989ed384b75a3ecada724af712d6");
    }

    // printf '%s' 'pässwordbob' (UTF-8) | openssl md5, then with salt ff 00 7f 80
    @Test
    void utf8PasswordAndHighSaltBytes() {
        assertThat(Md5Password.response("bob", Secret.of("pässword"), new byte[] {(byte) 0xff, 0, 0x7f, (byte) 0x80}))
                .isEqualTo("md54961634474730ca288ef29d4fdb5a537");
    }

    @Test
    void refusesWrongSaltLength() {
        assertThatThrownBy(() -> Md5Password.response("u", Secret.of("p"), new byte[3]))
                .hasMessageContaining("4 bytes");
    }
}
