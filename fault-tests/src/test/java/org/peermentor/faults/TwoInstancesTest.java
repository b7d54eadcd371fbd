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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;
import org.peermentor.testkit.WholeSystemOptions;

/**
 * The whole system as {@code ./run-local --instances 2} runs it: two instances of intake, matching and notification
 * over one Kafka, one MongoDB and one issuer. In the middle of the work the second instance of each service is killed
 * with {@code kill -9}: an intake while registrations go alternately to both (one refused because its instance died
 * is sent again to the other, as a client would), a matching instance while the round it started is solving, and a
 * notification instance while the emails of a burst of approvals are going out. In the end every registration
 * acknowledged with 201 is stored once, the program's round was finished by the survivor (the killed one FAILED and
 * a new one COMPLETED, or it had COMPLETED before the kill), every participant has exactly one open pairing and none
 * was proposed twice, and every approved pairing's mentor has exactly one email.
 *
 * <p>CI-sized: 30 registrations and 10 approvals in one program, every participant placeable.
 */
@ExtendWith(KilledClientsExpected.class)
class TwoInstancesTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration QUICKLY = Duration.ofMillis(10);
    private static final String PROGRAM = "twin-a";
    // 8 mentors with 3 places each and 22 participants: everyone can be placed, so every participant ends paired
    private static final Cohort COHORT = new Cohort(List.of(PROGRAM), 8, 22);
    private static final int APPROVALS = 10;
    private static final Map<String, String> SETTINGS = Map.of(
            // the round searches on after its exact start for 10 s, so it is still solving when its instance is killed
            "matching.rounds.unimproved-limit", "10s",
            // an email whose attempt the kill cut short is tried again after 30 s instead of 2 minutes
            "notification.sending.lease", "30s");

    private final Phases phases = new Phases();
    private LocalStack stack;
    private List<Api> intakes;
    private List<Api> matchings;
    private List<Api> notifications;

    /** The registrations intake answered, and how many of them it had answered when the instance was killed. */
    record Registered(Map<String, Registrations.Acknowledged> acknowledged, int atTheKill, int retries) {}

    /** The round killed with its instance, its status in the end, and the round that finished the work. */
    record Rounds(String killed, Round killedInTheEnd, Round finished) {}

    /** When the notification instance was killed, and the mentor emails in the inbox then. */
    record EmailKill(Instant from, Instant to, int emailsAtTheKill) {}

    /** A round as matching answers it, with only the fields the test reads. */
    record Round(String id, String status, Boolean dryRun, Integer matchedCount) {}

    /** A pairing as matching lists it, with only the fields the test reads. */
    record Pairing(String id, String participantId, String mentorId, String status) {}

    @BeforeEach
    void startTwoInstancesOfEachService() throws IOException {
        Path data = Files.createTempDirectory("two-instances-");
        StackPorts ports = StackPorts.free(2);
        List<String> options = WholeSystemOptions.servicesOnly(data);
        options.addAll(List.of("--instances", "2"));
        options.addAll(ports.options());
        stack = LocalStack.startWith(SETTINGS, options.toArray(String[]::new));
        intakes = apis("intake-service", DemoCredentials.INTAKE_DESK);
        matchings = apis("matching-service", DemoCredentials.PROGRAM_MANAGER);
        notifications = apis("notification-service", DemoCredentials.PROGRAM_MANAGER);
        phases.end("start");
    }

    @AfterEach
    void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void oneInstanceOfEachServiceKilledMidWorkLosesNothingDoublesNothingAndTheSurvivorFinishesTheRound() {
        // no automatic round: the round of this story is the one started on the instance about to die
        assertThat(matchings
                        .get(0)
                        .put("/api/programs/" + PROGRAM + "/settings", Map.of("settleTimeSeconds", 86_400))
                        .status())
                .isEqualTo(200);

        Registered registered = everyoneRegistersAlternatelyWhileAnIntakeIsKilled();
        phases.end("registrations");
        Rounds rounds = aRoundIsStartedOnAMatchingInstanceThatIsKilledAndTheSurvivorFinishesIt();
        phases.end("round");
        EmailKill kill = aBurstOfApprovalsIsEmailedWhileANotificationInstanceIsKilled();
        phases.end("approvals and emails");

        everyAcknowledgedRegistrationIsStoredExactlyOnce(registered);
        everyParticipantHasExactlyOneOpenPairingAndNoneWasProposedTwice(registered);
        Map<String, List<MentorEmail>> emails = everyApprovedPairingsMentorGotExactlyOneEmail(kill);

        report(registered, rounds, kill, emails);
    }

    private Registered everyoneRegistersAlternatelyWhileAnIntakeIsKilled() {
        List<Cohort.Registration> everyone = COHORT.everyone();
        int half = everyone.size() / 2;
        Registrations before = new Registrations(intakes);
        CompletableFuture<Void> first = before.start(everyone.subList(0, half), 2);
        await().atMost(PATIENCE).pollInterval(QUICKLY).until(() -> before.acknowledgedCount() >= half * 2 / 3);
        int atTheKill = before.acknowledgedCount();
        stack.kill("intake-service-2");
        // half of these go to the killed instance first, are refused, and are sent again to the survivor
        Registrations after = new Registrations(intakes);
        CompletableFuture<Void> second = after.start(everyone.subList(half, everyone.size()), 2);
        await().atMost(PATIENCE).until(() -> first.isDone() && second.isDone());

        Map<String, Registrations.Acknowledged> acknowledged = new HashMap<>(before.acknowledged());
        acknowledged.putAll(after.acknowledged());
        assertThat(before.unexpected())
                .as("registrations that ended without a 201")
                .isEmpty();
        assertThat(after.unexpected())
                .as("registrations that ended without a 201")
                .isEmpty();
        assertThat(acknowledged).hasSize(everyone.size());
        assertThat(after.retries())
                .as("registrations refused by the killed instance and sent again")
                .isPositive();
        return new Registered(acknowledged, atTheKill, before.retries() + after.retries());
    }

    private Rounds aRoundIsStartedOnAMatchingInstanceThatIsKilledAndTheSurvivorFinishesIt() {
        Api survivor = matchings.get(0);
        await().atMost(PATIENCE)
                .until(
                        () -> survivor.get("/api/programs/" + PROGRAM + "/report"),
                        answer -> answer.status() == 200
                                && answer.body().path("waiting").asLong() == COHORT.participantsPerProgram()
                                && answer.body().path("freeMentorPlaces").asLong()
                                        == (long) COHORT.mentorsPerProgram() * Cohort.CAPACITY);

        Api.Answer started = matchings
                .get(1)
                .postAsync("/api/programs/" + PROGRAM + "/rounds", Map.of(), null)
                .join();
        assertThat(started.status()).isEqualTo(202);
        String killed = started.body(Round.class).id();
        stack.kill("matching-service-2");

        // the survivor takes the round over once its lease ran out: FAILED, and a new round in its place
        await().atMost(PATIENCE).until(() -> finished(killed) != null);
        Round killedInTheEnd = round(killed);
        Round finished = finished(killed);
        assertThat(killedInTheEnd.status()).isIn("FAILED", "COMPLETED");
        if (killedInTheEnd.status().equals("FAILED")) {
            assertThat(finished.id()).isNotEqualTo(killed);
        }
        assertThat(finished.matchedCount()).isEqualTo(COHORT.participantsPerProgram());
        await().atMost(PATIENCE).until(() -> pairings("PROPOSED").size() == COHORT.participantsPerProgram());
        return new Rounds(killed, killedInTheEnd, finished);
    }

    /**
     * The round that did the work, once nothing solves any more: the killed one if it had COMPLETED, else the one
     * COMPLETED after it; null until then.
     */
    private Round finished(String killed) {
        List<Round> all = matchings.get(0).getAll("/api/programs/" + PROGRAM + "/rounds?summary=true", Round.class);
        if (all.stream().anyMatch(round -> round.status().equals("SOLVING"))) {
            return null;
        }
        List<Round> completed = all.stream()
                .filter(round ->
                        !Boolean.TRUE.equals(round.dryRun()) && round.status().equals("COMPLETED"))
                .toList();
        assertThat(completed).as("completed rounds of " + PROGRAM).hasSizeLessThanOrEqualTo(1);
        return completed.isEmpty() ? null : completed.get(0);
    }

    private EmailKill aBurstOfApprovalsIsEmailedWhileANotificationInstanceIsKilled() {
        List<CompletableFuture<Api.Answer>> approvals = pairings("PROPOSED").stream()
                .limit(APPROVALS)
                .map(pairing ->
                        matchings.get(0).postAsync("/api/pairings/" + pairing.id() + "/approve", Map.of(), null))
                .toList();
        assertThat(approvals)
                .allSatisfy(approval -> assertThat(approval.join().status()).isEqualTo(200));

        await().atMost(PATIENCE)
                .pollInterval(QUICKLY)
                .until(() -> !MentorEmail.in(stack.mail()).isEmpty());
        Instant killing = Instant.now();
        int emailsAtTheKill = MentorEmail.in(stack.mail()).size();
        stack.kill("notification-service-2");
        EmailKill kill = new EmailKill(killing, Instant.now(), emailsAtTheKill);

        await().atMost(PATIENCE)
                .until(() -> MentorEmail.pairingsIn(stack.mail()).size() == APPROVALS);
        await().atMost(PATIENCE).until(() -> notDelivered() == 0);
        return kill;
    }

    private void everyAcknowledgedRegistrationIsStoredExactlyOnce(Registered registered) {
        Api intake = intakes.get(0);
        List<Profile> stored = new ArrayList<>(intake.getAll("/api/participants?programId=" + PROGRAM, Profile.class));
        stored.addAll(intake.getAll("/api/mentors?programId=" + PROGRAM, Profile.class));
        Map<String, List<String>> idsPerEmail = stored.stream()
                .collect(Collectors.groupingBy(Profile::email, Collectors.mapping(Profile::id, Collectors.toList())));
        assertThat(idsPerEmail.keySet())
                .containsExactlyInAnyOrderElementsOf(registered.acknowledged().keySet());
        assertThat(registered.acknowledged())
                .allSatisfy((email, ack) -> assertThat(idsPerEmail.get(email))
                        .as("stored for %s", email)
                        .containsExactly(ack.id()));
    }

    private void everyParticipantHasExactlyOneOpenPairingAndNoneWasProposedTwice(Registered registered) {
        Set<String> participants = registered.acknowledged().values().stream()
                .filter(ack -> !ack.registration().isMentor())
                .map(Registrations.Acknowledged::id)
                .collect(Collectors.toSet());
        Map<String, List<Pairing>> perParticipant =
                pairings(null).stream().collect(Collectors.groupingBy(Pairing::participantId));
        assertThat(perParticipant.keySet()).containsExactlyInAnyOrderElementsOf(participants);
        assertThat(perParticipant)
                .allSatisfy((participant, pairings) -> assertThat(pairings)
                        .as("pairings of participant %s", participant)
                        .singleElement()
                        .extracting(Pairing::status)
                        .isIn("PROPOSED", "APPROVED"));
        Map<String, Long> placesTaken =
                pairings(null).stream().collect(Collectors.groupingBy(Pairing::mentorId, Collectors.counting()));
        assertThat(placesTaken.values()).allMatch(taken -> taken <= Cohort.CAPACITY);
    }

    /**
     * One Message-ID and one SENT delivery for each approved pairing's mentor. A second copy with the same Message-ID
     * is possible only where the kill cut an SMTP session between the server storing the message and its reply
     * reaching the sender: its first copy stored before the kill was over, its last after the kill began.
     */
    private Map<String, List<MentorEmail>> everyApprovedPairingsMentorGotExactlyOneEmail(EmailKill kill) {
        Set<String> approved = pairings("APPROVED").stream().map(Pairing::id).collect(Collectors.toSet());
        assertThat(approved).hasSize(APPROVALS);
        Map<String, List<MentorEmail>> perPairing = MentorEmail.perPairing(stack.mail());
        assertThat(perPairing.keySet()).containsExactlyInAnyOrderElementsOf(approved);
        MentorEmail.assertOneMessageIdEach(perPairing);
        assertThat(perPairing.values().stream().filter(copies -> copies.size() > 1))
                .allSatisfy(copies -> MentorEmail.assertStraddle(copies, kill.from(), kill.to()));
        assertThat(notifications.get(0).getAll("/api/notifications?status=SENT"))
                .hasSize(APPROVALS);
        return perPairing;
    }

    private List<Api> apis(String service, String client) {
        TokenClient tokens = stack.tokenClient(client);
        List<URI> urls = stack.urls(service);
        assertThat(urls).hasSize(2);
        List<Api> apis = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            apis.add(new Api(stack.instancesOf(service).get(i), urls.get(i), tokens));
        }
        return apis;
    }

    private Round round(String id) {
        return matchings.get(0).get("/api/rounds/" + id).body(Round.class);
    }

    /** The program's pairings with this status, or all of them (null), as the surviving instance lists them. */
    private List<Pairing> pairings(String status) {
        return matchings
                .get(0)
                .getAll(
                        "/api/pairings?programId=" + PROGRAM + (status == null ? "" : "&status=" + status),
                        Pairing.class);
    }

    private int notDelivered() {
        int count = 0;
        for (String status : List.of("PENDING", "FAILED")) {
            Api.Answer answer = notifications.get(0).get("/api/notifications?status=" + status + "&size=1000");
            count += answer.status() == 200 ? answer.body().size() : Integer.MAX_VALUE / 2;
        }
        return count;
    }

    /** What the run measured, for docs/reliability.md. */
    private void report(Registered registered, Rounds rounds, EmailKill kill, Map<String, List<MentorEmail>> emails) {
        Function<List<Api>, String> statuses = apis ->
                apis.stream().map(api -> api.name() + " " + api.statusCounts()).collect(Collectors.joining(", "));
        System.out.println("""

                === Two instances: what it measured ===
                registrations acknowledged (201): %s, of them before intake-service-2 was killed: %s; sent again: %s
                round started on matching-service-2: %s; the round that placed everyone: %s (matched %s)
                mentor emails in the inbox when notification-service-2 was killed: %s of %s; \
                in the end %s copies of %s emails
                answers by status: %s; %s
                phases: %s
                """.formatted(
                        registered.acknowledged().size(),
                        registered.atTheKill(),
                        registered.retries(),
                        rounds.killedInTheEnd().status(),
                        rounds.finished().id().equals(rounds.killed()) ? "the same" : "a new one, by the survivor",
                        rounds.finished().matchedCount(),
                        kill.emailsAtTheKill(),
                        APPROVALS,
                        emails.values().stream().mapToInt(List::size).sum(),
                        emails.size(),
                        statuses.apply(intakes),
                        statuses.apply(matchings),
                        phases));
    }
}
