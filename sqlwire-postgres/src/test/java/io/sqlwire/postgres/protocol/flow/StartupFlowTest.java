package io.sqlwire.postgres.protocol.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationMD5Password;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationOk;
import io.sqlwire.postgres.protocol.message.backend.BackendKeyData;
import io.sqlwire.postgres.protocol.message.backend.ErrorResponse;
import io.sqlwire.postgres.protocol.message.backend.NegotiateProtocolVersion;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import io.sqlwire.postgres.protocol.message.backend.ParameterStatus;
import io.sqlwire.postgres.protocol.message.backend.ReadyForQuery;
import io.sqlwire.postgres.protocol.message.frontend.PasswordMessage;
import io.sqlwire.postgres.protocol.message.frontend.StartupMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recorded startup sequences fed to the I/O-free startup machine. */
class StartupFlowTest {
    final ServerParameters params = new ServerParameters();

    StartupFlow flow(AuthExchange auth) {
        return new StartupFlow(StartupMessage.PROTOCOL_3_2, Map.of("user", "u"), auth, params);
    }

    static final AuthExchange REFUSE = r -> {
        throw new OperationalException("no", "28000", 0, false, null);
    };

    @Test
    void trustStartupTracksParametersKeyAndStatus() {
        StartupFlow f = flow(REFUSE);
        assertThat(f.start().parameters()).containsEntry("user", "u");
        assertThat(f.handle(AuthenticationOk.INSTANCE).send()).isEmpty();
        f.handle(new ParameterStatus("server_version", "15.4"));
        f.handle(new ParameterStatus("in_hot_standby", "off"));
        f.handle(new ParameterStatus("default_transaction_read_only", "on"));
        f.handle(new BackendKeyData(42, new byte[32]));
        StartupFlow.Step last = f.handle(new ReadyForQuery('I'));
        assertThat(last.ready()).isTrue();
        assertThat(f.state()).isEqualTo(StartupFlow.State.READY);
        assertThat(params.serverVersion()).isEqualTo("15.4");
        assertThat(params.inHotStandby()).isFalse();
        assertThat(params.defaultTransactionReadOnly()).isTrue();
        assertThat(params.keyData().secretKey()).hasSize(32);
        assertThat(params.standardConformingStrings()).isTrue();
    }

    @Test
    void passwordRequestIsAnsweredByTheExchange() {
        PasswordMessage reply = new PasswordMessage(Secret.of("md5abc"));
        StartupFlow f = flow(r -> List.of(reply));
        f.start();
        assertThat(f.handle(new AuthenticationMD5Password(new byte[4])).send()).containsExactly(reply);
        f.handle(AuthenticationOk.INSTANCE);
        assertThat(f.state()).isEqualTo(StartupFlow.State.AWAITING_READY);
    }

    @Test
    void errorResponseFailsWithItsFields() {
        StartupFlow f = flow(REFUSE);
        f.start();
        ErrorResponse e = new ErrorResponse(new NoticeFields(Map.of('S', "FATAL", 'C', "28P01", 'M', "bad password")));
        assertThatThrownBy(() -> f.handle(e)).isInstanceOf(ServerErrorException.class)
                .satisfies(x -> assertThat(((ServerErrorException) x).fields().sqlState()).isEqualTo("28P01"));
        assertThat(f.state()).isEqualTo(StartupFlow.State.FAILED);
    }

    @Test
    void outOfOrderMessagesAreProtocolViolations() {
        StartupFlow f = flow(REFUSE);
        f.start();
        assertThatThrownBy(() -> f.handle(new ReadyForQuery('I'))).isInstanceOf(InternalException.class)
                .hasMessageContaining("ReadyForQuery").hasMessageContaining("authenticating");
        StartupFlow g = flow(REFUSE);
        g.start();
        assertThatThrownBy(() -> g.handle(new BackendKeyData(1, new byte[4]))).isInstanceOf(InternalException.class);
    }

    @Test
    void negotiationDownToAnOlderMinorVersionIsAccepted() {
        StartupFlow f = flow(REFUSE);
        f.start();
        f.handle(new NegotiateProtocolVersion(0, List.of()));
        assertThat(f.negotiated().newestMinorVersion()).isZero();
        assertThatThrownBy(() -> f.handle(new NegotiateProtocolVersion(0, List.of())))
                .isInstanceOf(InternalException.class);
    }
}
