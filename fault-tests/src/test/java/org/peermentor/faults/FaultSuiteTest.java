package org.peermentor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.localstack.InboxMessage;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.Ports;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.testing.GroupOffsets;
import org.peermentor.localstack.testing.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * The whole system as {@code ./run-local} runs it, under load and broken on purpose. Registrations go in through
 * intake while the Kafka broker is restarted twice, MongoDB is away for a while and a poison record lands on each
 * profile topic; the rounds pair everyone they can and the mentors are emailed while SMTP is away for a while and the
 * notification service is killed with {@code kill -9} mid-sending, its consumer group sent back to the start of
 * {@code pairing-events} before it comes back; then a poison record on {@code pairing-events}. In the end every
 * registration intake acknowledged is stored once and published, every approved pairing's mentor has exactly one
 * email, the dead-letter topics hold exactly the poison records, and the only 5xx answers were the 503s of the
 * MongoDB outage. {@code -Dfaults.registrations=2000} sets the size (default in the pom).
 */
class FaultSuiteTest {

    private static final Pattern PAIRING_LINK = Pattern.compile("/api/pairings/([0-9a-f-]{36})/response\\?token=");
    private static final Duration MONGO_OUTAGE = Duration.ofSeconds(40);  // longer than the driver's 30 s wait
    private static final Duration SMTP_OUTAGE = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final List<String> PROGRAMS = List.of("fault-a", "fault-b", "fault-c", "fault-d");
    private static final String NOTIFICATION = "notification-service";

    private final ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private final int[] ports = new int[8];
    private LocalStack stack;
    private Instant phaseStart = Instant.now();

    @AfterEach
    void stopEverything() {
        faults.shutdownNow();
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void nothingAcknowledgedIsLostAndNoEmailGoesOutTwice() throws IOException {
        int size = Integer.getInteger("faults.registrations", 600);
        Cohort cohort = Cohort.of(size, PROGRAMS);
        stack = start();
        Api intake = api("intake", ports[4], DemoCredentials.INTAKE_DESK);
        Api matching = api("matching", ports[5], DemoCredentials.PROGRAM_MANAGER);
        Api notification = api("notification", ports[6], DemoCredentials.PROGRAM_MANAGER);
        KafkaFaults kafka = new KafkaFaults(stack.kafka().bootstrapServers());
        for (String program : PROGRAMS) {
            // every proposal approved at once, and a round 5 s after a program's arrivals pause
            assertThat(matching.put("/api/programs/" + program + "/settings",
                    Map.of("autoApprove", true, "settleTimeSeconds", 5)).status()).isEqualTo(200);
        }
        phase("start");

        // Registrations, while Kafka restarts twice, poison lands on the profile topics and MongoDB is away
        Registrations registrations = new Registrations(intake);
        CompletableFuture<Void> registering = registrations.start(cohort.everyone(), 8);
        int total = cohort.registrations();
        awaitRegistered(registrations, total * 15 / 100);
        restartKafka();
        awaitRegistered(registrations, total * 30 / 100);
        List<KafkaFaults.Poison> poisons = new ArrayList<>(List.of(
                kafka.poison(Topics.PARTICIPANT_PROFILES, "ParticipantProfileChanged"),
                kafka.poison(Topics.MENTOR_PROFILES, "MentorProfileChanged")));
        awaitRegistered(registrations, total * 45 / 100);
        stack.mongo().stop();
        faults.schedule(() -> stack.mongo().start(), MONGO_OUTAGE.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(PATIENCE).until(() -> stack.mongo().isRunning());
        awaitRegistered(registrations, total * 65 / 100);
        restartKafka();
        await().atMost(PATIENCE).until(registering::isDone);
        phase("registrations");
        assertThat(registrations.unexpected()).as("registrations that ended without a 201").isEmpty();
        assertThat(registrations.acknowledgedCount()).isEqualTo(total);

        // Pairing and emails, while SMTP is away and the notification service is killed and replays pairing-events
        int expectedPairings = cohort.matchedPerProgram() * PROGRAMS.size();
        await().atMost(PATIENCE).until(() -> emailedPairings().size() >= expectedPairings / 5);
        Instant smtpStopped = Instant.now();
        stack.mail().stop();
        faults.schedule(() -> stack.mail().start(), SMTP_OUTAGE.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(PATIENCE).until(() -> stack.mail().isRunning());
        await().atMost(PATIENCE).until(() -> emailedPairings().size() >= expectedPairings / 2);
        stack.kill(NOTIFICATION);
        Instant killed = Instant.now();
        int emailsAtTheKill = mentorEmails().size();
        kafka.replayFromStart(NOTIFICATION, Topics.PAIRING_EVENTS);
        stack.restart(NOTIFICATION);
        poisons.add(kafka.poison(Topics.PAIRING_EVENTS, "PairingApproved"));
        await().atMost(PATIENCE).until(() -> approved(matching).size() == expectedPairings);
        await().atMost(PATIENCE).until(() -> emailedPairings().size() >= expectedPairings);
        await().atMost(PATIENCE).until(() -> notDelivered(notification) == 0);
        phase("pairings and emails");

        // Every registration intake acknowledged is stored once, published, and matched like any other
        Map<String, Registrations.Acknowledged> acknowledged = registrations.acknowledged();
        Map<String, Long> storedPerEmail = stored(intake).stream()
                .collect(Collectors.groupingBy(profile -> profile.get("email").asString(), Collectors.counting()));
        assertThat(storedPerEmail.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
        assertThat(storedPerEmail.values()).allMatch(count -> count == 1);
        Set<String> published = publishedIds();
        assertThat(published).containsAll(acknowledged.values().stream().map(Registrations.Acknowledged::id).toList());
        assertThat(waitingInOutboxes()).as("events still waiting to be published").isZero();
        for (String program : PROGRAMS) {
            assertThat(approved(matching).stream().filter(p -> program.equals(p.get("programId").asString())))
                    .hasSize(cohort.matchedPerProgram());
            assertThat(intake.getAll("/api/participants?programId=" + program + "&status=MATCHED"))
                    .hasSize(cohort.matchedPerProgram());
        }

        // Every approved pairing's mentor got exactly one email: one delivery, one Message-ID. A second copy of it is
        // possible only where an SMTP session was cut between the server storing the message and its reply reaching
        // the sender (SMTP cannot tell that apart from a message not taken): it then straddles SMTP's outage or the kill
        Map<String, List<MentorEmail>> emailsPerPairing = mentorEmails().stream()
                .collect(Collectors.groupingBy(MentorEmail::pairingId));
        Set<String> approvedIds = approved(matching).stream().map(p -> p.get("id").asString()).collect(Collectors.toSet());
        assertThat(emailsPerPairing.keySet()).containsExactlyInAnyOrderElementsOf(approvedIds);
        assertThat(emailsPerPairing.values()).allSatisfy(copies ->
                assertThat(copies.stream().map(MentorEmail::messageId).distinct()).hasSize(1));
        assertThat(sentDeliveries(notification)).hasSize(approvedIds.size());
        List<List<MentorEmail>> copied = emailsPerPairing.values().stream().filter(copies -> copies.size() > 1).toList();
        assertThat(copied).allSatisfy(copies -> assertThat(List.of(smtpStopped, killed)).anySatisfy(cut -> {
            assertThat(copies.stream().map(MentorEmail::stored).min(Instant::compareTo).orElseThrow()).isBefore(cut);
            assertThat(copies.stream().map(MentorEmail::stored).max(Instant::compareTo).orElseThrow()).isAfter(cut);
        }));

        // The dead-letter topics hold exactly the poison records, once for each consumer group of their topic
        Map<String, List<String>> groupsOf = Map.of(
                Topics.PARTICIPANT_PROFILES, List.of("profile-replica", NOTIFICATION),
                Topics.MENTOR_PROFILES, List.of("profile-replica", NOTIFICATION),
                Topics.PAIRING_EVENTS, List.of("participant-status", NOTIFICATION));
        List<KafkaFaults.DeadLetter> expectedLetters = poisons.stream().flatMap(poison -> groupsOf.get(poison.topic()).stream()
                .map(group -> new KafkaFaults.DeadLetter(poison.topic() + ".DLT", group, poison.key(), poison.value())))
                .toList();
        await().atMost(PATIENCE).until(() -> deadLetters(kafka).size() >= expectedLetters.size());
        assertThat(deadLetters(kafka)).containsExactlyInAnyOrderElementsOf(expectedLetters);

        // No 5xx but the 503s of the MongoDB outage, each with problem details and Retry-After
        List<Api.Answer> serverErrors = new ArrayList<>();
        for (Api api : List.of(intake, matching, notification)) {
            serverErrors.addAll(api.serverErrors());
        }
        assertThat(serverErrors).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.request()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.body().path("status").asInt()).isEqualTo(503);
        });
        assertThat(registrations.unavailable()).as("MongoDB's outage was seen by intake's clients").isNotEmpty();

        report(cohort, registrations, storedPerEmail, published, approvedIds, emailsPerPairing, emailsAtTheKill,
                deadLetters(kafka), List.of(intake, matching, notification));
    }

    private LocalStack start() throws IOException {
        Path data = Files.createTempDirectory("fault-suite-");
        for (int i = 0; i < ports.length; i++) {
            ports[i] = Ports.freePort();
        }
        Map<String, String> settings = Map.of(
                // the suite is about faults, not about one client's share: intake's per-client write limits are lifted
                "peermentor.rate-limits.enabled", "false",
                // a killed consumer leaves its group after 10 s instead of 45, so its group can be reset sooner
                "spring.kafka.consumer.properties.session.timeout.ms", "10000",
                // an email whose attempt the kill cut short is tried again after 30 s instead of 2 minutes
                "notification.sending.lease", "30s");
        return LocalStack.startWith(settings, "--repo-root", Path.of("..").toAbsolutePath().normalize().toString(),
                "--data-dir", data.toString(),
                "--kafka-port", "" + ports[0], "--mongo-port", "" + ports[1], "--smtp-port", "" + ports[2],
                "--inbox-port", "" + ports[3], "--intake-port", "" + ports[4], "--matching-port", "" + ports[5],
                "--notification-port", "" + ports[6], "--auth-port", "" + ports[7]);
    }

    private Api api(String name, int port, String client) {
        return new Api(name, URI.create("http://localhost:" + port), stack.tokenClient(client));
    }

    private void restartKafka() {
        stack.kafka().stop();
        stack.kafka().start();
    }

    private static void awaitRegistered(Registrations registrations, int count) {
        await().atMost(PATIENCE).until(() -> registrations.acknowledgedCount() >= count);
    }

    /** One mentor email as the inbox holds it. */
    record MentorEmail(String pairingId, String messageId, Instant stored) {
    }

    /** Every mentor email in the inbox, copies included. */
    private List<MentorEmail> mentorEmails() {
        List<MentorEmail> emails = new ArrayList<>();
        for (InboxMessage message : stack.mail().messages()) {
            Matcher link = PAIRING_LINK.matcher(message.text());
            if (link.find()) {
                emails.add(new MentorEmail(link.group(1), message.messageId(), message.created()));
            }
        }
        return emails;
    }

    /** The pairings whose mentor has an email. */
    private Set<String> emailedPairings() {
        return mentorEmails().stream().map(MentorEmail::pairingId).collect(Collectors.toSet());
    }

    private static List<JsonNode> approved(Api matching) {
        List<JsonNode> approved = new ArrayList<>();
        for (String program : PROGRAMS) {
            Api.Answer answer = matching.get("/api/pairings?programId=" + program + "&status=APPROVED");
            if (answer.status() == 200) {
                answer.body().forEach(approved::add);
            }
        }
        return approved;
    }

    private static int notDelivered(Api notification) {
        int count = 0;
        for (String status : List.of("PENDING", "FAILED")) {
            Api.Answer answer = notification.get("/api/notifications?status=" + status + "&size=1000");
            count += answer.status() == 200 ? answer.body().size() : Integer.MAX_VALUE / 2;
        }
        return count;
    }

    /** The deliveries that ended SENT, mentors' and participants' (the suite's pairings are never accepted). */
    private static List<JsonNode> sentDeliveries(Api notification) {
        return notification.getAll("/api/notifications?status=SENT");
    }

    private static List<JsonNode> stored(Api intake) {
        List<JsonNode> all = new ArrayList<>();
        for (String program : PROGRAMS) {
            all.addAll(intake.getAll("/api/participants?programId=" + program));
            all.addAll(intake.getAll("/api/mentors?programId=" + program));
        }
        return all;
    }

    private Set<String> publishedIds() {
        Set<String> ids = new HashSet<>();
        for (String topic : List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES)) {
            try (TopicProbe probe = new TopicProbe(stack.kafka().bootstrapServers(), topic)) {
                long records = GroupOffsets.records(stack.kafka().bootstrapServers(), topic);
                await().atMost(PATIENCE).until(() -> probe.records().size() >= records);
                probe.records().forEach(record -> ids.add(record.key()));
            }
        }
        return ids;
    }

    private long waitingInOutboxes() {
        try (MongoClient mongo = MongoClients.create(stack.mongo().connectionString())) {
            Document waiting = new Document("outbox.eventId", new Document("$exists", true));
            return mongo.getDatabase("intake").getCollection("participants").countDocuments(waiting)
                    + mongo.getDatabase("intake").getCollection("mentors").countDocuments(waiting)
                    + mongo.getDatabase("matching").getCollection("pairings").countDocuments(waiting);
        }
    }

    private static List<KafkaFaults.DeadLetter> deadLetters(KafkaFaults kafka) {
        List<KafkaFaults.DeadLetter> all = new ArrayList<>();
        for (String topic : List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES, Topics.PAIRING_EVENTS)) {
            all.addAll(kafka.deadLetters(topic + ".DLT"));
        }
        return all;
    }

    private void phase(String name) {
        Instant now = Instant.now();
        phases.put(name, Duration.between(phaseStart, now));
        phaseStart = now;
    }

    /** What the run measured, for docs/reliability.md. */
    private void report(Cohort cohort, Registrations registrations, Map<String, Long> storedPerEmail, Set<String> published,
                        Set<String> approved, Map<String, List<MentorEmail>> emailsPerPairing, int emailsAtTheKill,
                        List<KafkaFaults.DeadLetter> deadLetters, List<Api> apis) {
        Map<String, Long> letters = new HashMap<>();
        deadLetters.forEach(letter -> letters.merge(letter.topic() + " from " + letter.group(), 1L, Long::sum));
        long publishedAcknowledged = registrations.acknowledged().values().stream()
                .filter(ack -> published.contains(ack.id())).count();
        StringBuilder out = new StringBuilder("\n=== Fault suite: what it measured ===\n");
        out.append("registrations sent: ").append(cohort.registrations()).append(" (")
                .append(cohort.mentorsPerProgram() * PROGRAMS.size()).append(" mentors, ")
                .append(cohort.participantsPerProgram() * PROGRAMS.size()).append(" participants, ")
                .append(PROGRAMS.size()).append(" programs)\n");
        out.append("acknowledged (201): ").append(registrations.acknowledgedCount())
                .append("; stored: ").append(storedPerEmail.size())
                .append("; stored more than once: ").append(storedPerEmail.values().stream().filter(c -> c > 1).count())
                .append("; published: ").append(publishedAcknowledged)
                .append("; lost: ").append(registrations.acknowledgedCount() - publishedAcknowledged).append('\n');
        out.append("503 answers during the MongoDB outage: ").append(registrations.unavailable().size())
                .append("; requests sent again: ").append(registrations.retries()).append('\n');
        out.append("approved pairings: ").append(approved.size())
                .append("; mentor emails: ").append(emailsPerPairing.values().stream().mapToInt(List::size).sum())
                .append("; distinct Message-IDs: ").append(emailsPerPairing.values().stream()
                        .flatMap(copies -> copies.stream().map(MentorEmail::messageId)).distinct().count())
                .append("; pairings with a second copy (same Message-ID): ")
                .append(emailsPerPairing.values().stream().filter(copies -> copies.size() > 1).count())
                .append("; emails in the inbox when notification-service was killed: ").append(emailsAtTheKill).append('\n');
        out.append("dead letters: ").append(new TreeMap<>(letters)).append('\n');
        for (Api api : apis) {
            out.append("answers of ").append(api.name()).append(" by status: ").append(api.statusCounts()).append('\n');
        }
        out.append("phases: ").append(phases).append('\n');
        System.out.println(out);
    }
}
