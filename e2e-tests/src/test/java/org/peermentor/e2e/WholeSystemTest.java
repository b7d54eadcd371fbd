package org.peermentor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.Ports;
import org.peermentor.localstack.auth.ClientCredentials;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * One participant's whole journey through the system as ./run-local runs it (a real Kafka broker, the MongoDB
 * wire server, SMTP with an inbox, the OAuth2 issuer and the three services as their own processes): registered
 * over HTTP by the intake desk, matched by a round, approved by a program manager (each with the issuer's bearer
 * tokens), the mentor's email, its link followed, accepted, the participant's email; then the whole stack stopped
 * and started again on the same data, losing nothing, sending nothing twice and still accepting the tokens it issued;
 * the issuer's tokens answered as the contract says; and at the end both people erased, leaving none of the unique
 * values planted in their personal fields in any store, topic or service log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/api/pairings/([0-9a-f-]+)/response\\?token=[A-Za-z0-9_.=-]+)");
    private static final String PROGRAM = "e2e-program";
    /** Unique values planted in every personal field of the two people, looked for in stores, topics and logs. */
    private static final String PLANT = randomLetters();
    private static final String PARTICIPANT_FIRST = "Pia" + PLANT;
    private static final String PARTICIPANT_LAST = "Quist" + PLANT;
    private static final String PARTICIPANT_PHONE = "+4860" + Math.abs(PLANT.hashCode() % 10_000_000);
    private static final String MENTOR_FIRST = "Marta" + PLANT;
    private static final String MENTOR_LAST = "Ruud" + PLANT;
    private static final String MENTOR_PHONE = "+4861" + Math.abs(PLANT.hashCode() % 10_000_000);
    private static final String PARTICIPANT_EMAIL = "participant." + PLANT.toLowerCase() + "@example.org";
    private static final String MENTOR_EMAIL = "mentor." + PLANT.toLowerCase() + "@example.org";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int[] ports = new int[8];
    private Path data;
    private LocalStack stack;
    private TokenClient desk;
    private TokenClient manager;

    private String participantId;
    private String mentorId;
    private String pairingId;

    @BeforeAll
    void startTheWholeSystem() throws IOException {
        data = Files.createTempDirectory("e2e-data-");
        for (int i = 0; i < ports.length; i++) {
            ports[i] = Ports.freePort();
        }
        stack = start();
    }

    @AfterAll
    void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theIssuerGivesEachClientATokenWithItsRolesAndProgramsThatItsPublishedKeysVerify() {
        // the machine clients; the staff console's client signs people in and has no client-credentials grant
        for (ClientCredentials client : stack.credentials().clients().stream().filter(c -> !c.browserClient()).toList()) {
            Jwt token = verifier().decode(stack.tokenClient(client.clientId()).accessToken());

            assertThat(token.getSubject()).isEqualTo(client.clientId());
            assertThat(token.getClaimAsStringList("roles")).isEqualTo(client.roles());
            if (client.programs().isEmpty()) {
                assertThat(token.hasClaim("programs")).as("%s acts on every program", client.clientId()).isFalse();
            } else {
                assertThat(token.getClaimAsStringList("programs")).isEqualTo(client.programs());
            }
        }
        assertThat(stack.credentials().clients()).extracting(ClientCredentials::clientId)
                .contains(DemoCredentials.INTAKE_DESK, DemoCredentials.PROGRAM_MANAGER, DemoCredentials.DEMO_RECOVERY_MANAGER);
    }

    @Test
    @Order(2)
    void aParticipantGoesFromRegistrationToTheIntroductionEmail() throws Exception {
        String mentorEmail = MENTOR_EMAIL;
        String participantEmail = PARTICIPANT_EMAIL;
        mentorId = (String) send(desk, "POST", intake("/api/mentors"), person(MENTOR_FIRST, MENTOR_LAST, MENTOR_PHONE,
                mentorEmail, """
                "livedExperience": ["GRIEF"], "trainedFor": [], "capacity": 2"""), 201).get("id");
        participantId = (String) send(desk, "POST", intake("/api/participants"), person(PARTICIPANT_FIRST,
                PARTICIPANT_LAST, PARTICIPANT_PHONE, participantEmail, """
                "primaryIssue": "GRIEF", "issues": ["GRIEF"], "mentorGenderPreference": "ANY\""""), 201).get("id");

        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Map<String, Object> report = get(manager, matching("/api/programs/" + PROGRAM + "/report"));
            return ((Number) report.get("waiting")).intValue() == 1 && ((Number) report.get("freeMentorPlaces")).intValue() == 2;
        });
        String roundId = (String) send(manager, "POST", matching("/api/programs/" + PROGRAM + "/rounds"), "{}", 202).get("id");
        await().atMost(Duration.ofSeconds(90)).until(() -> "COMPLETED".equals(get(manager, matching("/api/rounds/" + roundId)).get("status")));
        List<Map<String, Object>> pairings = list(get(manager, matching("/api/rounds/" + roundId)).get("pairings"));
        assertThat(pairings).hasSize(1);
        pairingId = (String) pairings.get(0).get("id");

        send(manager, "POST", matching("/api/pairings/" + pairingId + "/approve"), "", 200);

        Map<String, Object> mentorMail = awaitMail(mentorEmail);
        assertThat((String) mentorMail.get("Subject")).doesNotContainIgnoringCase("grief");
        Matcher link = LINK.matcher((String) mentorMail.get("Text"));
        assertThat(link.find()).as("the mentor's email carries the response link").isTrue();
        assertThat(link.group(2)).isEqualTo(pairingId);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(PARTICIPANT_FIRST).contains("Accept").doesNotContain(PARTICIPANT_LAST);
        assertThat(get(manager, matching("/api/pairings/" + pairingId)).get("status")).isEqualTo("APPROVED");

        // the mentor's link is its own authorisation: no bearer token
        send(null, "POST", link.group(1).replace("/response?", "/accept?"), "", 200);

        assertThat(get(manager, matching("/api/pairings/" + pairingId)).get("status")).isEqualTo("ACCEPTED");
        Map<String, Object> participantMail = awaitMail(participantEmail);
        assertThat((String) participantMail.get("Text")).contains(MENTOR_FIRST).doesNotContain(MENTOR_LAST)
                .doesNotContain(MENTOR_PHONE);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "MATCHED".equals(get(desk, intake("/api/participants/" + participantId)).get("status")));
    }

    @Test
    @Order(3)
    void aStopAndRestartOnTheSameDataLosesNothingAndSendsNothingTwice() throws Exception {
        List<ClientCredentials> clientsBefore = stack.credentials().clients();
        String tokenFromBefore = desk.accessToken();
        stack.close();
        stack = start();

        // the console's redirect addresses follow its port, which each start picks afresh here; the secrets stay
        assertThat(stack.credentials().clients()).as("the same secrets")
                .extracting(ClientCredentials::clientId, ClientCredentials::clientSecret)
                .containsExactlyElementsOf(clientsBefore.stream()
                        .map(c -> tuple(c.clientId(), c.clientSecret())).toList());
        assertThat(verifier().decode(tokenFromBefore).getSubject()).as("the signing key was kept").isEqualTo("intake-desk");
        assertThat(getWithToken(tokenFromBefore, intake("/api/participants/" + participantId))).containsEntry("status", "MATCHED");
        assertThat(get(manager, matching("/api/pairings/" + pairingId))).containsEntry("status", "ACCEPTED");
        assertThat(getList(manager, notification("/api/notifications?pairingId=" + pairingId)))
                .extracting(d -> d.get("status")).containsOnly("SENT").hasSize(2);
        // a registration after the restart flows through as before, and still no email is repeated
        String later = (String) send(desk, "POST", intake("/api/participants"), person("Lou", "lou.e2e@example.org", """
                "primaryIssue": "GRIEF", "issues": ["GRIEF"]"""), 201).get("id");
        await().atMost(Duration.ofSeconds(90)).until(() ->
                ((Number) get(manager, matching("/api/programs/" + PROGRAM + "/report")).get("waiting")).intValue() == 1);
        assertThat(later).isNotBlank();
        assertThat(inbox()).hasSize(2);
    }

    @Test
    @Order(4)
    void eachServiceAnswersTheIssuersTokensAsTheContractSays() throws Exception {
        for (String uri : List.of(intake("/api/participants/" + participantId),
                matching("/api/programs/" + PROGRAM + "/report"),
                notification("/api/notifications?pairingId=" + pairingId))) {
            assertThat(status(null, uri)).as("no token: %s", uri).isEqualTo(401);
            assertThat(status("Bearer not-a-token", uri)).as("a bad token: %s", uri).isEqualTo(401);
            assertThat(status(stack.tokenClient(DemoCredentials.DEMO_RECOVERY_MANAGER).authorization(), uri))
                    .as("a manager of another program: %s", uri).isEqualTo(404);
        }
        assertThat(status(desk.authorization(), matching("/api/programs/" + PROGRAM + "/report")))
                .as("intake staff in the matching service").isEqualTo(403);
        assertThat(status(desk.authorization(), notification("/api/notifications?pairingId=" + pairingId)))
                .as("intake staff reading the delivery log").isEqualTo(403);
        assertThat(status(manager.authorization(), intake("/api/participants/" + participantId)))
                .as("a program manager reads profiles").isEqualTo(200);
    }

    @Test
    @Order(5)
    void erasedPeopleLeaveNoPersonalValueInAnyStoreTopicOrLog() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()))) {
            // segments roll within the test instead of the hour intake sets by default, so compaction can run
            for (String topic : List.of("participant-profiles", "mentor-profiles")) {
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "500"),
                                AlterConfigOp.OpType.SET)))).all().get();
            }
        }

        // what the erasure must remove is really there before it
        assertThat(everyStoredDocument()).containsIgnoringCase(PLANT);
        assertThat(everyTopicValue()).containsIgnoringCase(PLANT);

        send(desk, "DELETE", intake("/api/participants/" + participantId + "?erase=true"), "", 204);
        send(desk, "DELETE", intake("/api/mentors/" + mentorId + "?erase=true"), "", 204);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            // later registrations close the segments holding the tombstones; compaction then drops what came before
            send(desk, "POST", intake("/api/participants"), person("Filler", "filler." + System.nanoTime()
                    + "@example.org", "\"primaryIssue\": \"GRIEF\", \"issues\": [\"GRIEF\"]"), 201);
            send(desk, "POST", intake("/api/mentors"), person("Filler", "filler." + System.nanoTime()
                    + "@example.org", "\"livedExperience\": [\"GRIEF\"], \"trainedFor\": [], \"capacity\": 1"), 201);
            assertThat(everyStoredDocument()).as("MongoDB, every database").doesNotContainIgnoringCase(PLANT);
            assertThat(everyTopicValue()).as("Kafka, every topic").doesNotContainIgnoringCase(PLANT);
        });
        assertThat(status(desk.authorization(), intake("/api/participants/" + participantId))).isEqualTo(404);

        for (Path log : Files.list(data.resolve("logs")).toList()) {
            assertThat(Files.readString(log)).as("the log %s", log.getFileName()).doesNotContainIgnoringCase(PLANT);
        }
    }

    private String everyStoredDocument() {
        StringBuilder all = new StringBuilder();
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + ports[1])) {
            for (String database : mongo.listDatabaseNames()) {
                for (String collection : mongo.getDatabase(database).listCollectionNames()) {
                    mongo.getDatabase(database).getCollection(collection).find()
                            .forEach(document -> all.append(document.toJson()).append('\n'));
                }
            }
        }
        return all.toString();
    }

    private String everyTopicValue() {
        StringBuilder values = new StringBuilder();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.listTopics().entrySet().stream()
                    .filter(topic -> !topic.getKey().startsWith("__"))
                    .flatMap(topic -> topic.getValue().stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<TopicPartition> unfinished = new ArrayList<>(partitions);
            while (!unfinished.isEmpty()) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() != null) {
                        values.append(new String(record.value(), StandardCharsets.UTF_8)).append('\n');
                    }
                });
                unfinished.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
        }
        return values.toString();
    }

    private String kafka() {
        return "localhost:" + ports[0];
    }

    private int status(String authorization, String uri) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String randomLetters() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private LocalStack start() {
        LocalStack started = LocalStack.startWith("--repo-root", Path.of("..").toAbsolutePath().normalize().toString(),
                "--data-dir", data.toString(),
                "--kafka-port", "" + ports[0], "--mongo-port", "" + ports[1], "--smtp-port", "" + ports[2],
                "--inbox-port", "" + ports[3], "--intake-port", "" + ports[4], "--matching-port", "" + ports[5],
                "--notification-port", "" + ports[6], "--auth-port", "" + ports[7]);
        desk = started.tokenClient(DemoCredentials.INTAKE_DESK);
        manager = started.tokenClient(DemoCredentials.PROGRAM_MANAGER);
        return started;
    }

    /** Verifies a token as the services do: its signature with the issuer's published keys, its expiry, its issuer. */
    private NimbusJwtDecoder verifier() {
        String issuer = "http://localhost:" + ports[7];
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    private Map<String, Object> awaitMail(String to) throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> inbox().stream().anyMatch(m -> sentTo(m, to)));
        String id = (String) inbox().stream().filter(m -> sentTo(m, to)).findFirst().orElseThrow().get("ID");
        return get(null, "http://localhost:" + ports[3] + "/api/v1/message/" + id);
    }

    private List<Map<String, Object>> inbox() throws Exception {
        return list(get(null, "http://localhost:" + ports[3] + "/api/v1/messages").get("messages"));
    }

    private static boolean sentTo(Map<String, Object> message, String address) {
        return list(message.get("To")).stream().anyMatch(to -> address.equals(to.get("Address")));
    }

    private String person(String firstName, String email, String specific) {
        return person(firstName, "Lastname", "+15550100", email, specific);
    }

    private String person(String firstName, String lastName, String phone, String email, String specific) {
        return """
                {"programId": "%s", "firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s", "birthYear": 1985,
                 "gender": "FEMALE", "languages": ["en"], "timezone": "Europe/Warsaw", "formats": ["ONLINE"],
                 "availability": [{"day": "WEDNESDAY", "start": "18:00", "end": "20:00"}],
                 "consent": {"dataProcessing": true, "contactByEmail": true}, %s}""".formatted(PROGRAM, firstName, lastName, phone,
                email, specific);
    }

    private String intake(String path) {
        return "http://localhost:" + ports[4] + path;
    }

    private String matching(String path) {
        return "http://localhost:" + ports[5] + path;
    }

    private String notification(String path) {
        return "http://localhost:" + ports[6] + path;
    }

    /** A call as {@code caller} (its bearer token), or with no token when {@code caller} is null. */
    private Map<String, Object> send(TokenClient caller, String method, String uri, String body, int expectedStatus)
            throws Exception {
        HttpResponse<String> response = http.send(as(caller, HttpRequest.newBuilder(URI.create(uri)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, uri, response.body()).isEqualTo(expectedStatus);
        return response.body().isBlank() ? Map.of() : map(response.body());
    }

    private Map<String, Object> get(TokenClient caller, String uri) throws Exception {
        return getWithToken(caller == null ? null : caller.accessToken(), uri);
    }

    private Map<String, Object> getWithToken(String bearerToken, String uri) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s answered %s", uri, response.body()).isEqualTo(200);
        return map(response.body());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> getList(TokenClient caller, String uri) throws Exception {
        HttpResponse<String> response = http.send(as(caller, HttpRequest.newBuilder(URI.create(uri))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readValue(response.body(), List.class);
    }

    private static HttpRequest.Builder as(TokenClient caller, HttpRequest.Builder request) {
        return caller == null ? request : request.header("Authorization", caller.authorization());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String json) {
        return JSON.readValue(json, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
