package io.sqlwire.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlStateTableTest {
    // Surefire runs in the module directory; the source data lives at the repository root.
    private static final Path SOURCE = Path.of("..", "tools", "data", "errcodes.txt");

    @Test
    void wellKnownCodes() {
        assertThat(SqlStates.lookup("23505")).get().extracting(SqlStateInfo::conditionName).isEqualTo("unique_violation");
        assertThat(SqlStates.lookup("40P01")).get().extracting(SqlStateInfo::conditionName)
                .isEqualTo("deadlock_detected");
        assertThat(SqlStates.lookup("57014")).get().extracting(SqlStateInfo::conditionName).isEqualTo("query_canceled");
        assertThat(SqlStates.lookup("08006")).get().satisfies(i -> {
            assertThat(i.conditionName()).isEqualTo("connection_failure");
            assertThat(i.outcome()).isEqualTo(SqlStateInfo.Outcome.ERROR);
            assertThat(i.sqlClass()).isEqualTo(new SqlStateClass("08", "Connection Exception"));
        });
        assertThat(SqlStates.lookup("01000").get().outcome()).isEqualTo(SqlStateInfo.Outcome.WARNING);
        assertThat(SqlStates.lookup("00000").get().outcome()).isEqualTo(SqlStateInfo.Outcome.SUCCESS);
        assertThat(SqlStateTable.UNIQUE_VIOLATION).isEqualTo("23505");
        assertThat(SqlStateTable.UNDEFINED_DATABASE).isEqualTo(SqlStateTable.INVALID_CATALOG_NAME);
        assertThat(SqlStates.describe("23505")).isEqualTo("23505 (unique_violation)");
        assertThat(SqlStates.describe("ZZ999")).isEqualTo("ZZ999");
    }

    @Test
    void unknownCodes() {
        assertThat(SqlStates.lookup("ZZ999")).isEmpty();
        assertThat(SqlStates.lookup(null)).isEmpty();
        assertThat(SqlStates.classOf("HY000")).isEmpty();
        assertThat(SqlStates.classOf("42S02")).get().extracting(SqlStateClass::code).isEqualTo("42");
    }

    @Test
    void conditionNamesMayBelongToTwoCodes() {
        assertThat(SqlStates.byConditionName("string_data_right_truncation")).extracting(SqlStateInfo::code)
                .containsExactly("01004", "22001");
        assertThat(SqlStates.byConditionName("no_such_condition")).isEmpty();
    }

    @Test
    void everyStateHasAKnownClassAndEveryClassAGenericCode() {
        Set<String> classCodes = new HashSet<>();
        for (SqlStateClass c : SqlStates.classes()) {
            classCodes.add(c.code());
            assertThat(SqlStates.lookup(c.code() + "000")).as("generic code of class " + c.code()).isPresent();
            assertThat(ErrorCategory.of(c.code() + "000")).isNotNull();
        }
        for (SqlStateInfo info : SqlStates.all()) {
            assertThat(info.code()).hasSize(5);
            assertThat(info.sqlClass()).isNotNull();
            assertThat(classCodes).contains(info.code().substring(0, 2));
        }
        assertThat(SqlStates.classes()).hasSize(43);
    }

    @Test
    void generatedTableMatchesTheSourceData() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Set<String> expectedConstants = new HashSet<>();
        for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || line.startsWith("Section:")) {
                continue;
            }
            expectedConstants.add(f[2].substring("ERRCODE_".length()) + "=" + f[0]);
            if (f.length == 4) {
                expected.put(f[0], f[3]);
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        SqlStates.all().forEach(i -> actual.put(i.code(), i.conditionName()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(constants()).isEqualTo(expectedConstants);
    }

    private static Set<String> constants() {
        Set<String> found = new HashSet<>();
        for (Field f : SqlStateTable.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    found.add(f.getName() + "=" + f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return found;
    }
}
