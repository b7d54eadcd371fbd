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
import java.security.SecureRandom;
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
import org.junit.jupiter.api.Test;
import org.peermentor.localstack.auth.ClientCredentials;
import org.peermentor.localstack.auth.DemoCredentials;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * One participant's whole journey through the system as ./run-local runs it (a real Kafka broker, the MongoDB
 * wire server, SMTP with an inbox, the OAuth2 issuer and the three services as their own processes): registered
 * over HTTP by the intake desk, matched by a round, approved by a program manager (each with the issuer's bearer
 * tokens), the mentor's email, its link followed, accepted, the participant's email; then the whole stack stopped
 * and started again on the same data, losing nothing, sending nothing twice and still accepting the tokens it issued;
 * the issuer's tokens answered as the contract says; and at the end both people erased, leaving none of the unique
 * values planted in their personal fields in any store, topic or service log, plain text or JSON.
 *
 * <p>It is one story on one stack, told in order: each chapter is a method named for what it shows, and hands the
 * next what it made (the two people and their pairing, a {@link Journey}) instead of leaving it in a field.
 */
class WholeSystemTest extends WholeSystemStory {

    private static final Pattern LINK =
            Pattern.compile("(http://localhost:\\d+/api/pairings/([0-9a-f-]+)/response\\?token=[A-Za-z0-9_.=-]+)");
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

    private final HttpClient browser = HttpClient.newHttpClient();

    /** The participant and the mentor of the story, and their pairing, as the services named them. */
    record Journey(String participantId, String mentorId, String pairingId) {}

    @Override
    protected String folderPrefix() {
        return "e2e-data-";
    }

    @Test
    void aParticipantsJourneyFromRegistrationThroughARestartToErasure() throws Exception {
        theIssuerGivesEachClientATokenWithItsRolesAndProgramsThatItsPublishedKeysVerify();
        Journey journey = aParticipantGoesFromRegistrationToTheIntroductionEmail();
        aStopAndRestartOnTheSameDataLosesNothingAndSendsNothingTwice(journey);
        eachServiceAnswersTheIssuersTokensAsTheContractSays(journey);
        erasedPeopleLeaveNoPersonalValueInAnyStoreTopicOrLog(journey);
    }

    private void theIssuerGivesEachClientATokenWithItsRolesAndProgramsThatItsPublishedKeysVerify() {
        // the machine clients; the staff console's client signs people in and has no client-credentials grant
        List<ClientCredentials> clients = system.stack().credentials().clients();
        for (ClientCredentials client :
                clients.stream().filter(c -> !c.browserClient()).toList()) {
            Jwt token = verifier()
                    .decode(system.stack().tokenClient(client.clientId()).accessToken());

            assertThat(token.getSubject()).isEqualTo(client.clientId());
            assertThat(token.getClaimAsStringList("roles")).isEqualTo(client.roles());
            if (client.programs().isEmpty()) {
                assertThat(token.hasClaim("programs"))
                        .as("%s acts on every program", client.clientId())
                        .isFalse();
            } else {
                assertThat(token.getClaimAsStringList("programs")).isEqualTo(client.programs());
            }
        }
        assertThat(clients)
                .extracting(ClientCredentials::clientId)
                .contains(
                        DemoCredentials.INTAKE_DESK,
                        DemoCredentials.PROGRAM_MANAGER,
                        DemoCredentials.DEMO_RECOVERY_MANAGER);
    }

    private Journey aParticipantGoesFromRegistrationToTheIntroductionEmail() throws Exception {
        String mentorId = http.create(
                desk(),
                intake("/api/mentors"),
                person(MENTOR_FIRST, MENTOR_LAST, MENTOR_PHONE, MENTOR_EMAIL, """
                "livedExperience": ["GRIEF"], "trainedFor": [], "capacity": 2"""),
                201);
        String participantId = http.create(
                desk(),
                intake("/api/participants"),
                person(PARTICIPANT_FIRST, PARTICIPANT_LAST, PARTICIPANT_PHONE, PARTICIPANT_EMAIL, """
                "primaryIssue": "GRIEF", "issues": ["GRIEF"], "mentorGenderPreference": "ANY\""""),
                201);

        await().atMost(Duration.ofSeconds(90))
                .until(this::programReport, report -> report.waiting() == 1 && report.freeMentorPlaces() == 2);
        String roundId = http.create(manager(), matching("/api/programs/" + PROGRAM + "/rounds"), "{}", 202);
        await().atMost(Duration.ofSeconds(90)).until(() -> round(roundId).status(), "COMPLETED"::equals);
        List<Pairing> pairings = round(roundId).pairings();
        assertThat(pairings).hasSize(1);
        String pairingId = pairings.get(0).id();

        http.send(manager(), "POST", matching("/api/pairings/" + pairingId + "/approve"), "", 200);

        Mailbox.Message mentorMail = inbox.awaitMailTo(MENTOR_EMAIL);
        assertThat(mentorMail.subject()).doesNotContainIgnoringCase("grief");
        Matcher link = LINK.matcher(mentorMail.text());
        assertThat(link.find())
                .as("the mentor's email carries the response link")
                .isTrue();
        assertThat(link.group(2)).isEqualTo(pairingId);

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(link.group(1))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(PARTICIPANT_FIRST).contains("Accept").doesNotContain(PARTICIPANT_LAST);
        assertThat(pairing(pairingId).status()).isEqualTo("APPROVED");

        // the mentor's link is its own authorisation: no bearer token
        http.send(null, "POST", link.group(1).replace("/response?", "/accept?"), "", 200);

        assertThat(pairing(pairingId).status()).isEqualTo("ACCEPTED");
        Mailbox.Message participantMail = inbox.awaitMailTo(PARTICIPANT_EMAIL);
        assertThat(participantMail.text())
                .contains(MENTOR_FIRST)
                .doesNotContain(MENTOR_LAST)
                .doesNotContain(MENTOR_PHONE);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> http.get(desk(), intake("/api/participants/" + participantId), Profile.class)
                                .status(),
                        "MATCHED"::equals);
        return new Journey(participantId, mentorId, pairingId);
    }

    private void aStopAndRestartOnTheSameDataLosesNothingAndSendsNothingTwice(Journey journey) throws Exception {
        List<ClientCredentials> clientsBefore = system.stack().credentials().clients();
        String tokenFromBefore = desk().accessToken();
        system.restart();
        eachServiceMappedTheClassesAnEarlierStartArchived();

        // the console's redirect addresses follow its port, which each start picks afresh here; the secrets stay
        assertThat(system.stack().credentials().clients())
                .as("the same secrets")
                .extracting(ClientCredentials::clientId, ClientCredentials::clientSecret)
                .containsExactlyElementsOf(clientsBefore.stream()
                        .map(c -> tuple(c.clientId(), c.clientSecret()))
                        .toList());
        assertThat(verifier().decode(tokenFromBefore).getSubject())
                .as("the signing key was kept")
                .isEqualTo("intake-desk");
        assertThat(http.getWithToken(
                                tokenFromBefore, intake("/api/participants/" + journey.participantId()), Profile.class)
                        .status())
                .isEqualTo("MATCHED");
        assertThat(pairing(journey.pairingId()).status()).isEqualTo("ACCEPTED");
        assertThat(http.getList(
                        manager(), notification("/api/notifications?pairingId=" + journey.pairingId()), Delivery.class))
                .extracting(Delivery::status)
                .containsOnly("SENT")
                .hasSize(2);
        // a registration after the restart flows through as before, and still no email is repeated
        String later = http.create(desk(), intake("/api/participants"), person("Lou", "lou.e2e@example.org", """
                "primaryIssue": "GRIEF", "issues": ["GRIEF"]"""), 201);
        await().atMost(Duration.ofSeconds(90)).until(() -> programReport().waiting() == 1);
        assertThat(later).isNotBlank();
        assertThat(inbox.messages()).hasSize(2);
    }

    /** {@code --quick-start}'s class-data sharing: a start after the first maps what the first archived. */
    private void eachServiceMappedTheClassesAnEarlierStartArchived() throws IOException {
        for (String service :
                List.of("auth-server", "intake-service", "matching-service", "notification-service", "staff-console")) {
            String log = Files.readString(system.data().resolve("logs").resolve(service + ".log"));
            assertThat(log.substring(log.lastIndexOf("=== ")))
                    .as("%s's second start", service)
                    .contains("-XX:SharedArchiveFile=")
                    .doesNotContain("[warning][cds", "[error][cds");
        }
    }

    private void eachServiceAnswersTheIssuersTokensAsTheContractSays(Journey journey) throws Exception {
        String participant = intake("/api/participants/" + journey.participantId());
        String report = matching("/api/programs/" + PROGRAM + "/report");
        String deliveries = notification("/api/notifications?pairingId=" + journey.pairingId());
        String otherProgramsManager = system.stack()
                .tokenClient(DemoCredentials.DEMO_RECOVERY_MANAGER)
                .authorization();
        for (String uri : List.of(participant, report, deliveries)) {
            assertThat(http.status(null, uri)).as("no token: %s", uri).isEqualTo(401);
            assertThat(http.status("Bearer not-a-token", uri))
                    .as("a bad token: %s", uri)
                    .isEqualTo(401);
            assertThat(http.status(otherProgramsManager, uri))
                    .as("a manager of another program: %s", uri)
                    .isEqualTo(404);
        }
        assertThat(http.status(desk().authorization(), report))
                .as("intake staff in the matching service")
                .isEqualTo(403);
        assertThat(http.status(desk().authorization(), deliveries))
                .as("intake staff reading the delivery log")
                .isEqualTo(403);
        assertThat(http.status(manager().authorization(), participant))
                .as("a program manager reads profiles")
                .isEqualTo(200);
    }

    private void erasedPeopleLeaveNoPersonalValueInAnyStoreTopicOrLog(Journey journey) throws Exception {
        segmentsOfTheProfileTopicsRollWithinTheTest();

        // what the erasure must remove is really there before it
        assertThat(everyStoredDocument()).containsIgnoringCase(PLANT);
        assertThat(everyTopicValue()).containsIgnoringCase(PLANT);

        http.send(desk(), "DELETE", intake("/api/participants/" + journey.participantId() + "?erase=true"), "", 204);
        http.send(desk(), "DELETE", intake("/api/mentors/" + journey.mentorId() + "?erase=true"), "", 204);

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    // later registrations close the segments holding the tombstones; compaction then drops what came
                    // before
                    http.send(
                            desk(),
                            "POST",
                            intake("/api/participants"),
                            person(
                                    "Filler",
                                    "filler." + System.nanoTime() + "@example.org",
                                    "\"primaryIssue\": \"GRIEF\", \"issues\": [\"GRIEF\"]"),
                            201);
                    http.send(
                            desk(),
                            "POST",
                            intake("/api/mentors"),
                            person(
                                    "Filler",
                                    "filler." + System.nanoTime() + "@example.org",
                                    "\"livedExperience\": [\"GRIEF\"], \"trainedFor\": [], \"capacity\": 1"),
                            201);
                    assertThat(everyStoredDocument())
                            .as("MongoDB, every database")
                            .doesNotContainIgnoringCase(PLANT);
                    assertThat(everyTopicValue()).as("Kafka, every topic").doesNotContainIgnoringCase(PLANT);
                });
        assertThat(http.status(desk().authorization(), intake("/api/participants/" + journey.participantId())))
                .isEqualTo(404);

        // each service's own log file is JSON lines (ECS), read below like the plain-text output beside it
        for (String service : List.of("intake-service", "matching-service", "notification-service")) {
            assertThat(Files.readAllLines(system.data().resolve("logs").resolve(service + ".json")))
                    .as("%s's JSON log", service)
                    .isNotEmpty()
                    .allSatisfy(line ->
                            assertThat(line).startsWith("{\"@timestamp\":").endsWith("}"));
        }
        for (Path log : Files.list(system.data().resolve("logs")).toList()) {
            assertThat(Files.readString(log))
                    .as("the log %s", log.getFileName())
                    .doesNotContainIgnoringCase(PLANT);
        }
    }

    /** Segments roll within the test instead of the hour intake sets by default, so compaction can run. */
    private void segmentsOfTheProfileTopicsRollWithinTheTest() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.ports().kafkaBootstrap()))) {
            for (String topic : List.of("participant-profiles", "mentor-profiles")) {
                admin.incrementalAlterConfigs(Map.of(
                                new ConfigResource(ConfigResource.Type.TOPIC, topic),
                                List.of(new AlterConfigOp(
                                        new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "500"),
                                        AlterConfigOp.OpType.SET))))
                        .all()
                        .get();
            }
        }
    }

    private String everyStoredDocument() {
        StringBuilder all = new StringBuilder();
        try (MongoClient mongo = MongoClients.create(system.ports().mongoUri())) {
            for (String database : mongo.listDatabaseNames()) {
                for (String collection : mongo.getDatabase(database).listCollectionNames()) {
                    mongo.getDatabase(database)
                            .getCollection(collection)
                            .find()
                            .forEach(document -> all.append(document.toJson()).append('\n'));
                }
            }
        }
        return all.toString();
    }

    private String everyTopicValue() {
        StringBuilder values = new StringBuilder();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.ports().kafkaBootstrap(),
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
                        values.append(new String(record.value(), StandardCharsets.UTF_8))
                                .append('\n');
                    }
                });
                unfinished.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
        }
        return values.toString();
    }

    /** Verifies a token as the services do: its signature with the issuer's published keys, its expiry, its issuer. */
    private NimbusJwtDecoder verifier() {
        String issuer = system.ports().issuer();
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    private ProgramReport programReport() throws Exception {
        return http.get(manager(), matching("/api/programs/" + PROGRAM + "/report"), ProgramReport.class);
    }

    private Round round(String roundId) throws Exception {
        return http.get(manager(), matching("/api/rounds/" + roundId), Round.class);
    }

    private Pairing pairing(String pairingId) throws Exception {
        return http.get(manager(), matching("/api/pairings/" + pairingId), Pairing.class);
    }

    private static String randomLetters() {
        SecureRandom random = new SecureRandom();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String person(String firstName, String email, String specific) {
        return Registrations.person(PROGRAM, firstName, email, specific, "en");
    }

    private static String person(String firstName, String lastName, String phone, String email, String specific) {
        return Registrations.personWithContact(PROGRAM, firstName, lastName, phone, email, specific, "en");
    }

    /** The answers the story reads, each with only the fields it asserts. */
    record ProgramReport(int waiting, int freeMentorPlaces) {}

    record Round(String status, List<Pairing> pairings) {}

    record Pairing(String id, String status) {}

    record Profile(String status) {}

    record Delivery(String status) {}
}
