package io.sqlwire.core.routing;

import static io.sqlwire.core.routing.TargetSessionAttrs.ANY;
import static io.sqlwire.core.routing.TargetSessionAttrs.PREFER_STANDBY;
import static io.sqlwire.core.routing.TargetSessionAttrs.PRIMARY;
import static io.sqlwire.core.routing.TargetSessionAttrs.READ_ONLY;
import static io.sqlwire.core.routing.TargetSessionAttrs.READ_WRITE;
import static io.sqlwire.core.routing.TargetSessionAttrs.STANDBY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetSessionAttrsTest {

    @Test
    void parsesTheSixLibpqValues() {
        assertThat(TargetSessionAttrs.parse("any")).isEqualTo(ANY);
        assertThat(TargetSessionAttrs.parse("read-write")).isEqualTo(READ_WRITE);
        assertThat(TargetSessionAttrs.parse("READ_ONLY")).isEqualTo(READ_ONLY);
        assertThat(TargetSessionAttrs.parse(" primary ")).isEqualTo(PRIMARY);
        assertThat(TargetSessionAttrs.parse("standby")).isEqualTo(STANDBY);
        assertThat(TargetSessionAttrs.parse("prefer-standby")).isEqualTo(PREFER_STANDBY);
    }

    @Test
    void acceptanceMatrix() {
        ServerRole primary = ServerRole.PRIMARY;
        ServerRole roPrimary = ServerRole.READ_ONLY_PRIMARY;
        ServerRole standby = ServerRole.STANDBY;
        assertThat(ANY.accepts(primary) && ANY.accepts(roPrimary) && ANY.accepts(standby)).isTrue();
        assertThat(READ_WRITE.accepts(primary)).isTrue();
        assertThat(READ_WRITE.accepts(roPrimary)).isFalse();
        assertThat(READ_WRITE.accepts(standby)).isFalse();
        assertThat(READ_ONLY.accepts(primary)).isFalse();
        assertThat(READ_ONLY.accepts(roPrimary)).isTrue();
        assertThat(READ_ONLY.accepts(standby)).isTrue();
        // a read-only primary is still a primary
        assertThat(PRIMARY.accepts(roPrimary)).isTrue();
        assertThat(PRIMARY.accepts(standby)).isFalse();
        assertThat(STANDBY.accepts(standby)).isTrue();
        assertThat(STANDBY.accepts(roPrimary)).isFalse();
        assertThat(PREFER_STANDBY.accepts(standby)).isTrue();
        assertThat(PREFER_STANDBY.accepts(primary)).isFalse();
    }

    @Test
    void onlyAnySkipsTheRoleCheck() {
        assertThat(ANY.needsRoleCheck()).isFalse();
        assertThat(READ_WRITE.needsRoleCheck()).isTrue();
    }

    @Test
    void rejectionSaysWhatTheServerIsAndWhatWasWanted() {
        assertThat(READ_WRITE.rejection(ServerRole.STANDBY))
                .isEqualTo("is a standby, target_session_attrs=read-write wants a read-write server");
        assertThat(STANDBY.rejection(ServerRole.PRIMARY))
                .isEqualTo("is a read-write primary, target_session_attrs=standby wants a standby");
    }
}
