package org.peermentor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.faults.StackPorts.Part.INTAKE;
import static org.peermentor.faults.StackPorts.Part.MATCHING;
import static org.peermentor.faults.StackPorts.Part.NOTIFICATION;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.contracts.Topics;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.TopicProbe;
import org.peermentor.testkit.WholeSystemOptions;
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
 *
 * <p>One story on one stack, since each fault lands in the middle of the one before's traffic: the test reads as its
 * chapters, each a method, and each chapter hands the next what it saw (a record) instead of leaving it in a field.
 */
@ExtendWith(KilledClientsExpected.class)
class FaultSuiteTest {

    private static final Duration MONGO_OUTAGE = Duration.ofSeconds(40); // longer than the driver's 30 s wait
    private static final Duration SMTP_OUTAGE = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final List<String> PROGRAMS = List.of("fault-a", "fault-b", "fault-c", "fault-d");
    private static final String NOTIFICATION_SERVICE = "notification-service";
    private static final Map<String, String> SETTINGS = Map.of(
            // the suite is about faults, not about one client's share: intake's per-client write limits are lifted
            "peermentor.rate-limits.enabled", "false",
            // a killed consumer leaves its group after 10 s instead of 45, so its group can be reset sooner
            "spring.kafka.consumer.properties.session.timeout.ms", "10000",
            // an email whose attempt the kill cut short is tried again after 30 s instead of 2 minutes
            "notification.sending.lease", "30s");

    private final ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
    private final Cohort cohort = Cohort.of(Integer.getInteger("faults.registrations", 600), PROGRAMS);
    // made after the cohort is drawn, so that the first phase does not count the drawing
    private final Phases phases = new Phases();
    private LocalStack stack;
    private Api intake;
    private Api matching;
    private Api notification;
    private KafkaFaults kafka;

    /** The registrations intake answered, and the poison records put on the profile topics meanwhile. */
    record Registered(Registrations registrations, List<KafkaFaults.Poison> poisons) {}

    /** When SMTP went away and the notification service was killed, the inbox then, and the poison that followed. */
    record Cuts(Cut smtpAway, Cut killed, int emailsAtTheKill, KafkaFaults.Poison poison) {}

    /** From just before a part was stopped or killed to just after it was back: the moments a session could be cut. */
    record Cut(Instant from, Instant to) {}

    /** How many times each acknowledged email address is stored, and the ids the profile topics carry. */
    record Stored(Map<String, Long> perEmail, Set<String> published) {}

    /** The approved pairings, and the mentor emails about each. */
    record Emailed(Set<String> approvedIds, Map<String, List<MentorEmail>> perPairing) {}

    /** A pairing as matching lists it, with only the fields the suite reads. */
    record Pairing(String id, String programId) {}

    @BeforeEach
    void startTheStack() throws IOException {
        Path data = Files.createTempDirectory("fault-suite-");
        StackPorts ports = StackPorts.free();
        List<String> options = WholeSystemOptions.servicesOnly(data);
        options.addAll(ports.options());
        stack = LocalStack.startWith(SETTINGS, options.toArray(String[]::new));
        intake = new Api("intake", ports.local(INTAKE), stack.tokenClient(DemoCredentials.INTAKE_DESK));
        matching = new Api("matching", ports.local(MATCHING), stack.tokenClient(DemoCredentials.PROGRAM_MANAGER));
        notification =
                new Api("notification", ports.local(NOTIFICATION), stack.tokenClient(DemoCredentials.PROGRAM_MANAGER));
        kafka = new KafkaFaults(stack.kafka().bootstrapServers());
    }

    @AfterEach
    void stopEverything() {
        faults.shutdownNow();
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void nothingAcknowledgedIsLostAndNoEmailGoesOutTwice() {
        everyProposalIsApprovedAtOnceAndARoundFollowsEachPause();
        phases.end("start");

        Registered registered = everyoneRegistersWhileKafkaRestartsTwiceAndMongoIsAway();
        phases.end("registrations");

        Cuts cuts = theMentorsAreEmailedWhileSmtpIsAwayAndTheNotificationServiceIsKilled();
        phases.end("pairings and emails");

        Stored stored = everyAcknowledgedRegistrationIsStoredOncePublishedAndMatched(registered.registrations());
        Emailed emailed = everyApprovedPairingsMentorGotExactlyOneEmail(cuts);
        List<KafkaFaults.Poison> poisons = new ArrayList<>(registered.poisons());
        poisons.add(cuts.poison());
        theDeadLetterTopicsHoldExactlyThePoisonRecords(poisons);
        theOnlyServerErrorsAreTheMongoOutages503s(registered.registrations());

        report(registered.registrations(), stored, emailed, cuts);
    }

    private void everyProposalIsApprovedAtOnceAndARoundFollowsEachPause() {
        for (String program : PROGRAMS) {
            // every proposal approved at once, and a round 5 s after a program's arrivals pause
            assertThat(matching.put(
                                    "/api/programs/" + program + "/settings",
                                    Map.of("autoApprove", true, "settleTimeSeconds", 5))
                            .status())
                    .isEqualTo(200);
        }
    }

    private Registered everyoneRegistersWhileKafkaRestartsTwiceAndMongoIsAway() {
        Registrations registrations = new Registrations(intake);
        CompletableFuture<Void> registering = registrations.start(cohort.everyone(), 8);
        int total = cohort.registrations();
        awaitRegistered(registrations, total * 15 / 100);
        restartKafka();
        awaitRegistered(registrations, total * 30 / 100);
        List<KafkaFaults.Poison> poisons = List.of(
                kafka.poison(Topics.PARTICIPANT_PROFILES, "ParticipantProfileChanged"),
                kafka.poison(Topics.MENTOR_PROFILES, "MentorProfileChanged"));
        awaitRegistered(registrations, total * 45 / 100);
        awayFor(MONGO_OUTAGE, stack.mongo()::stop, stack.mongo()::start, stack.mongo()::isRunning);
        awaitRegistered(registrations, total * 65 / 100);
        restartKafka();
        await().atMost(PATIENCE).until(registering::isDone);

        assertThat(registrations.unexpected())
                .as("registrations that ended without a 201")
                .isEmpty();
        assertThat(registrations.acknowledgedCount()).isEqualTo(total);
        return new Registered(registrations, poisons);
    }

    private Cuts theMentorsAreEmailedWhileSmtpIsAwayAndTheNotificationServiceIsKilled() {
        int expectedPairings = cohort.matchedPerProgram() * PROGRAMS.size();
        awaitEmailedPairings(expectedPairings / 5);
        Instant smtpStopping = Instant.now();
        awayFor(SMTP_OUTAGE, stack.mail()::stop, stack.mail()::start, stack.mail()::isRunning);
        Cut smtpAway = new Cut(smtpStopping, Instant.now());
        awaitEmailedPairings(expectedPairings / 2);

        Instant killing = Instant.now();
        stack.kill(NOTIFICATION_SERVICE);
        int emailsAtTheKill = MentorEmail.in(stack.mail()).size();
        kafka.replayFromStart(NOTIFICATION_SERVICE, Topics.PAIRING_EVENTS);
        stack.restart(NOTIFICATION_SERVICE);
        Cut killed = new Cut(killing, Instant.now());
        KafkaFaults.Poison poison = kafka.poison(Topics.PAIRING_EVENTS, "PairingApproved");

        await().atMost(PATIENCE).until(() -> approved().size() == expectedPairings);
        awaitEmailedPairings(expectedPairings);
        await().atMost(PATIENCE).until(() -> notDelivered() == 0);
        return new Cuts(smtpAway, killed, emailsAtTheKill, poison);
    }

    private Stored everyAcknowledgedRegistrationIsStoredOncePublishedAndMatched(Registrations registrations) {
        Map<String, Registrations.Acknowledged> acknowledged = registrations.acknowledged();
        Map<String, Long> storedPerEmail =
                stored().stream().collect(Collectors.groupingBy(Profile::email, Collectors.counting()));
        assertThat(storedPerEmail.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
        assertThat(storedPerEmail.values()).allMatch(count -> count == 1);
        Set<String> published = publishedIds();
        assertThat(published)
                .containsAll(acknowledged.values().stream()
                        .map(Registrations.Acknowledged::id)
                        .toList());
        assertThat(waitingInOutboxes())
                .as("events still waiting to be published")
                .isZero();
        for (String program : PROGRAMS) {
            assertThat(approved().stream().filter(p -> program.equals(p.programId())))
                    .hasSize(cohort.matchedPerProgram());
            assertThat(intake.getAll("/api/participants?programId=" + program + "&status=MATCHED"))
                    .hasSize(cohort.matchedPerProgram());
        }
        return new Stored(storedPerEmail, published);
    }

    /**
     * One delivery and one Message-ID for each approved pairing's mentor. A second copy of it is possible only where
     * an SMTP session was cut between the server storing the message and its reply reaching the sender (SMTP cannot
     * tell that apart from a message not taken): it then straddles SMTP's outage or the kill — the first copy stored
     * before the part was back (at the latest while it was going down), the last after it began to go down.
     */
    private Emailed everyApprovedPairingsMentorGotExactlyOneEmail(Cuts cuts) {
        Map<String, List<MentorEmail>> emailsPerPairing = MentorEmail.perPairing(stack.mail());
        Set<String> approvedIds = approved().stream().map(Pairing::id).collect(Collectors.toSet());
        assertThat(emailsPerPairing.keySet()).containsExactlyInAnyOrderElementsOf(approvedIds);
        MentorEmail.assertOneMessageIdEach(emailsPerPairing);
        assertThat(sentDeliveries()).hasSize(approvedIds.size());
        List<List<MentorEmail>> copied = emailsPerPairing.values().stream()
                .filter(copies -> copies.size() > 1)
                .toList();
        assertThat(copied)
                .allSatisfy(copies -> assertThat(List.of(cuts.smtpAway(), cuts.killed()))
                        .anySatisfy(cut -> MentorEmail.assertStraddle(copies, cut.from(), cut.to())));
        return new Emailed(approvedIds, emailsPerPairing);
    }

    /** Once for each consumer group of the poisoned topic. */
    private void theDeadLetterTopicsHoldExactlyThePoisonRecords(List<KafkaFaults.Poison> poisons) {
        Map<String, List<String>> groupsOf = Map.of(
                Topics.PARTICIPANT_PROFILES, List.of("profile-replica", NOTIFICATION_SERVICE),
                Topics.MENTOR_PROFILES, List.of("profile-replica", NOTIFICATION_SERVICE),
                Topics.PAIRING_EVENTS, List.of("participant-status", NOTIFICATION_SERVICE));
        List<KafkaFaults.DeadLetter> expectedLetters = poisons.stream()
                .flatMap(poison -> groupsOf.get(poison.topic()).stream()
                        .map(group -> new KafkaFaults.DeadLetter(
                                poison.topic() + ".DLT", group, poison.key(), poison.value())))
                .toList();
        await().atMost(PATIENCE).until(() -> deadLetters().size() >= expectedLetters.size());
        assertThat(deadLetters()).containsExactlyInAnyOrderElementsOf(expectedLetters);
    }

    /** Each of them with problem details and Retry-After. */
    private void theOnlyServerErrorsAreTheMongoOutages503s(Registrations registrations) {
        List<Api.Answer> serverErrors = new ArrayList<>();
        for (Api api : apis()) {
            serverErrors.addAll(api.serverErrors());
        }
        assertThat(serverErrors).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.request()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.body().path("status").asInt()).isEqualTo(503);
        });
        assertThat(registrations.unavailable())
                .as("MongoDB's outage was seen by intake's clients")
                .isNotEmpty();
    }

    private void restartKafka() {
        stack.kafka().stop();
        stack.kafka().start();
    }

    /** Stops a part of the stack, starts it again {@code outage} later, and returns once it is running again. */
    private void awayFor(Duration outage, Runnable stop, Runnable start, BooleanSupplier running) {
        stop.run();
        faults.schedule(start, outage.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(PATIENCE).until(running::getAsBoolean);
    }

    private static void awaitRegistered(Registrations registrations, int count) {
        await().atMost(PATIENCE).until(() -> registrations.acknowledgedCount() >= count);
    }

    private void awaitEmailedPairings(int count) {
        await().atMost(PATIENCE)
                .until(() -> MentorEmail.pairingsIn(stack.mail()).size() >= count);
    }

    private List<Pairing> approved() {
        List<Pairing> approved = new ArrayList<>();
        for (String program : PROGRAMS) {
            Api.Answer answer = matching.get("/api/pairings?programId=" + program + "&status=APPROVED");
            if (answer.status() == 200) {
                approved.addAll(answer.elements(Pairing.class));
            }
        }
        return approved;
    }

    private int notDelivered() {
        int count = 0;
        for (String status : List.of("PENDING", "FAILED")) {
            Api.Answer answer = notification.get("/api/notifications?status=" + status + "&size=1000");
            count += answer.status() == 200 ? answer.body().size() : Integer.MAX_VALUE / 2;
        }
        return count;
    }

    /** The deliveries that ended SENT, mentors' and participants' (the suite's pairings are never accepted). */
    private List<JsonNode> sentDeliveries() {
        return notification.getAll("/api/notifications?status=SENT");
    }

    private List<Profile> stored() {
        List<Profile> all = new ArrayList<>();
        for (String program : PROGRAMS) {
            all.addAll(intake.getAll("/api/participants?programId=" + program, Profile.class));
            all.addAll(intake.getAll("/api/mentors?programId=" + program, Profile.class));
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

    private List<KafkaFaults.DeadLetter> deadLetters() {
        List<KafkaFaults.DeadLetter> all = new ArrayList<>();
        for (String topic : List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES, Topics.PAIRING_EVENTS)) {
            all.addAll(kafka.deadLetters(topic + ".DLT"));
        }
        return all;
    }

    private List<Api> apis() {
        return List.of(intake, matching, notification);
    }

    /** What the run measured, for docs/reliability.md. */
    private void report(Registrations registrations, Stored stored, Emailed emailed, Cuts cuts) {
        Map<String, Long> letters = new HashMap<>();
        deadLetters().forEach(letter -> letters.merge(letter.topic() + " from " + letter.group(), 1L, Long::sum));
        long publishedAcknowledged = registrations.acknowledged().values().stream()
                .filter(ack -> stored.published().contains(ack.id()))
                .count();
        Map<String, List<MentorEmail>> emailsPerPairing = emailed.perPairing();
        String answers = apis().stream()
                .map(api -> "answers of " + api.name() + " by status: " + api.statusCounts() + "\n")
                .collect(Collectors.joining());
        System.out.println("""

                === Fault suite: what it measured ===
                registrations sent: %s (%s mentors, %s participants, %s programs)
                acknowledged (201): %s; stored: %s; stored more than once: %s; published: %s; lost: %s
                503 answers during the MongoDB outage: %s; requests sent again: %s
                approved pairings: %s; mentor emails: %s; distinct Message-IDs: %s; \
                pairings with a second copy (same Message-ID): %s; \
                emails in the inbox when notification-service was killed: %s
                dead letters: %s
                %sphases: %s
                """.formatted(
                        cohort.registrations(),
                        cohort.mentorsPerProgram() * PROGRAMS.size(),
                        cohort.participantsPerProgram() * PROGRAMS.size(),
                        PROGRAMS.size(),
                        registrations.acknowledgedCount(),
                        stored.perEmail().size(),
                        stored.perEmail().values().stream().filter(c -> c > 1).count(),
                        publishedAcknowledged,
                        registrations.acknowledgedCount() - publishedAcknowledged,
                        registrations.unavailable().size(),
                        registrations.retries(),
                        emailed.approvedIds().size(),
                        emailsPerPairing.values().stream().mapToInt(List::size).sum(),
                        emailsPerPairing.values().stream()
                                .flatMap(copies -> copies.stream().map(MentorEmail::messageId))
                                .distinct()
                                .count(),
                        emailsPerPairing.values().stream()
                                .filter(copies -> copies.size() > 1)
                                .count(),
                        cuts.emailsAtTheKill(),
                        new TreeMap<>(letters),
                        answers,
                        phases));
    }
}
