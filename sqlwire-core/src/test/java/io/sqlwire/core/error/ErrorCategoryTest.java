package io.sqlwire.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ErrorCategoryTest {

    @ParameterizedTest
    @CsvSource({
        "22012, DATA", "22P02, DATA",
        "23505, INTEGRITY", "23503, INTEGRITY", "44000, INTEGRITY", "40002, INTEGRITY",
        "42601, PROGRAMMING", "42P01, PROGRAMMING", "42S02, PROGRAMMING", "2BP01, PROGRAMMING",
        "2D000, PROGRAMMING", "3D000, PROGRAMMING", "3F000, PROGRAMMING", "26000, PROGRAMMING",
        "34000, PROGRAMMING", "3B001, PROGRAMMING", "21000, PROGRAMMING", "54011, PROGRAMMING",
        "08006, OPERATIONAL", "28P01, OPERATIONAL", "53300, OPERATIONAL", "57014, OPERATIONAL",
        "57P01, OPERATIONAL", "58030, OPERATIONAL", "55P03, OPERATIONAL", "40001, OPERATIONAL",
        "40P01, OPERATIONAL", "F0000, OPERATIONAL", "HV00N, OPERATIONAL", "25P03, OPERATIONAL",
        "0A000, NOT_SUPPORTED",
        "XX000, INTERNAL", "XX001, INTERNAL", "25P02, INTERNAL", "25001, INTERNAL", "24000, INTERNAL",
        "P0001, DATABASE", "HY000, DATABASE", "38000, DATABASE", "01000, DATABASE"
    })
    void categoryBySqlState(String sqlState, ErrorCategory expected) {
        assertThat(ErrorCategory.of(sqlState)).isEqualTo(expected);
    }

    @Test
    void missingOrMalformedSqlStateIsDatabase() {
        assertThat(ErrorCategory.of(null)).isEqualTo(ErrorCategory.DATABASE);
        assertThat(ErrorCategory.of("")).isEqualTo(ErrorCategory.DATABASE);
        assertThat(ErrorCategory.of("2350")).isEqualTo(ErrorCategory.DATABASE);
    }

    @Test
    void everyKnownSqlStateHasACategory() {
        for (SqlStateInfo info : SqlStates.all()) {
            assertThat(ErrorCategory.of(info.code())).as(info.code()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "08000", "08003", "08006", "08001", "08S01", "53300",
        "57P01", "57P02", "57P03", "55P03"})
    void transientStates(String sqlState) {
        assertThat(SqlStates.isTransient(sqlState, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "42601", "08P01", "57P04", "53100", "40002", "XX000", "22012", "HY000"})
    void permanentStates(String sqlState) {
        assertThat(SqlStates.isTransient(sqlState, false)).isFalse();
        assertThat(SqlStates.isTransient(sqlState, true)).isFalse();
    }

    @Test
    void queryCanceledIsTransientOnlyAfterATimeout() {
        assertThat(SqlStates.isTransient("57014", false)).isFalse();
        assertThat(SqlStates.isTransient("57014", true)).isTrue();
        assertThat(SqlStates.isTransient(null, true)).isFalse();
    }
}
