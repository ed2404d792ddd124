package io.sqlwire.postgres.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.OperationalException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequireAuthTest {

    @Test
    void plainListAllowsOnlyThoseMethods() {
        RequireAuth r = RequireAuth.parse("scram-sha-256");
        assertThatCode(() -> r.check(AuthMethod.SCRAM_SHA_256)).doesNotThrowAnyException();
        assertThatThrownBy(() -> r.check(AuthMethod.MD5)).isInstanceOf(OperationalException.class)
                .hasMessage("server requested md5 authentication, but require_auth=scram-sha-256");
        assertThatThrownBy(() -> r.checkComplete(AuthMethod.NONE)).isInstanceOf(OperationalException.class)
                .hasMessageContaining("without authentication").hasMessageContaining("does not allow none");
        assertThatCode(() -> r.checkComplete(AuthMethod.SCRAM_SHA_256)).doesNotThrowAnyException();
    }

    @Test
    void noneInAPlainListAllowsTrust() {
        RequireAuth r = RequireAuth.parse("md5, none");
        assertThatCode(() -> r.checkComplete(AuthMethod.NONE)).doesNotThrowAnyException();
        assertThatCode(() -> r.check(AuthMethod.MD5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> r.check(AuthMethod.PASSWORD)).hasMessageContaining("server requested password");
    }

    @Test
    void negatedListForbidsThoseMethods() {
        RequireAuth r = RequireAuth.parse("!password,!md5");
        assertThatThrownBy(() -> r.check(AuthMethod.PASSWORD)).hasMessageContaining("require_auth=!password,!md5");
        assertThatCode(() -> r.check(AuthMethod.SCRAM_SHA_256)).doesNotThrowAnyException();
        assertThatCode(() -> r.checkComplete(AuthMethod.NONE)).doesNotThrowAnyException();
        RequireAuth notNone = RequireAuth.parse("!none");
        assertThatThrownBy(() -> notNone.checkComplete(AuthMethod.NONE)).isInstanceOf(OperationalException.class);
        assertThatCode(() -> notNone.checkComplete(AuthMethod.MD5)).doesNotThrowAnyException();
    }

    @Test
    void badValuesNameTheValue() {
        assertThatThrownBy(() -> RequireAuth.parse("md5,!password")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("\"md5,!password\"").hasMessageContaining("cannot be mixed");
        assertThatThrownBy(() -> RequireAuth.parse("md5,kerberos")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("\"kerberos\"");
        assertThatThrownBy(() -> RequireAuth.parse("md5,md5")).hasMessageContaining("more than once");
        assertThatThrownBy(() -> RequireAuth.parse("")).isInstanceOf(InvalidOptionException.class);
    }

    @Test
    void unsetAllowsEverything() {
        ConnectOptions o = new ConnectOptions("postgresql", List.of(), "u", null, null, Map.of(), Map.of());
        RequireAuth r = RequireAuth.from(o);
        for (AuthMethod m : AuthMethod.values()) {
            assertThat(r.allows(m)).isTrue();
        }
    }

    @Test
    void fromOptions() {
        ConnectOptions o = new ConnectOptions("postgresql", List.of(), "u", null, null,
                Map.of("require_auth", "SCRAM-SHA-256,md5"), Map.of());
        RequireAuth r = RequireAuth.from(o);
        assertThat(r.allows(AuthMethod.MD5)).isTrue();
        assertThat(r.allows(AuthMethod.PASSWORD)).isFalse();
    }
}
