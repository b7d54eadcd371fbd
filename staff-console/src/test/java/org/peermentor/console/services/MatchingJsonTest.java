package org.peermentor.console.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's copies of the matching service's views ({@link Round}, {@link Pairing}, {@link SupplyReport} and the
 * records inside them) read the JSON the matching service writes: its golden files, which matching's
 * {@code ManagerViewsGoldenJsonTest} pins (contracts' test jar, {@code golden/matching-api/}). Every field a record
 * names is in that JSON under the same name, and every field of that JSON a record leaves out is one listed here.
 */
class MatchingJsonTest {

    /** Like the console's own reader: fields it does not name are passed over. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("Round", Round.class, List.of("score", "maximumMatchable", "comparedTo.score")),
                Arguments.of("Pairing", Pairing.class, List.of("version", "formats", "overlaps", "updatedAt")),
                Arguments.of("SupplyReport", SupplyReport.class, List.of("programId")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void theRecordNamesOnlyFieldsOfMatchingsJsonAndLeavesOutOnlyTheListedOnes(
            String name, Class<?> record, List<String> leftOut) throws IOException {
        Fields fields = walked(name, record);

        assertThat(fields.missing)
                .as("fields %s names that matching does not write", name)
                .isEmpty();
        assertThat(fields.unread)
                .as("fields of matching's %s the console leaves out", name)
                .containsExactlyInAnyOrderElementsOf(leftOut);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void theValuesFitTheRecordsTypes(String name, Class<?> record, List<String> leftOut) throws IOException {
        assertThat(JSON.treeToValue(golden(name), record)).isNotNull();
    }

    @Test
    void aFieldNamedOtherwiseThanMatchingNamesItIsCaughtOnBothSides() throws IOException {
        record Renamed(String id, Instant startAt) {}

        Fields fields = walked("Round", Renamed.class);

        assertThat(fields.missing).containsExactly("startAt");
        assertThat(fields.unread).contains("startedAt").doesNotContain("id");
    }

    /** The record's components and the golden JSON of that name, walked side by side. */
    private static Fields walked(String name, Class<?> record) throws IOException {
        Fields fields = new Fields();
        fields.walk("", golden(name), record, record);
        return fields;
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = MatchingJsonTest.class.getResourceAsStream("/golden/matching-api/" + name + ".json")) {
            assertThat(in).as("golden file for %s", name).isNotNull();
            return JSON.readTree(in);
        }
    }

    /**
     * Walks a record's components and a JSON object side by side: a component with no field of its name is
     * {@code missing}, a field no component names is {@code unread}; records and lists of records are walked into.
     */
    private static final class Fields {

        final List<String> missing = new ArrayList<>();
        final List<String> unread = new ArrayList<>();

        void walk(String path, JsonNode node, Class<?> type, Type generic) {
            if (type.isRecord()) {
                walkRecord(path, node, type);
            } else if (List.class.isAssignableFrom(type) && generic instanceof ParameterizedType list) {
                Type element = list.getActualTypeArguments()[0];
                for (JsonNode item : node.values()) {
                    walk(path + "[]", item, (Class<?>) element, element);
                }
            }
        }

        private void walkRecord(String path, JsonNode node, Class<?> type) {
            String prefix = path.isEmpty() ? "" : path + ".";
            List<String> named = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String field = prefix + component.getName();
                named.add(component.getName());
                if (node.has(component.getName())) {
                    walk(field, node.get(component.getName()), component.getType(), component.getGenericType());
                } else {
                    missing.add(field);
                }
            }
            node.propertyNames().stream()
                    .filter(name -> !named.contains(name))
                    .forEach(name -> unread.add(prefix + name));
        }
    }
}
