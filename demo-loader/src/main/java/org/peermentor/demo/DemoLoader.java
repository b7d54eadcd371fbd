package org.peermentor.demo;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Loads a {@link DemoCohort} into running services through their public HTTP API, as intake staff and a program
 * manager would: registers everyone (each POST with its own Idempotency-Key), runs one round per program,
 * approves the proposals of {@link DemoCohort#approvedProgram()} and leaves the other program's for review, waits
 * until the mentors' emails are sent, and reports. Loading the same cohort again creates nobody and, when nobody
 * new arrived, starts no new round.
 */
public final class DemoLoader {

    /** The most participants are matched from the first move (an exact maximum matching); the rest is quality. */
    private static final int ROUND_TIME_LIMIT_SECONDS = 5;
    /** Registrations in flight at once: a few, as several intake desks would, not a load test. */
    private static final int REGISTERING_AT_ONCE = 8;
    /** While the demo loads, automatic rounds wait this long, so the rounds people see are the demo's own. */
    private static final int HOLD_SETTLE_SECONDS = 86_400;
    /** The matching service's default settle time, put back if an interrupted load left the hold in place. */
    private static final int DEFAULT_SETTLE_SECONDS = 30;

    private final DemoEndpoints endpoints;
    private final PrintStream out;
    private final DemoApi api;
    private final DemoRounds rounds;

    /**
     * @param intakeDesk the Authorization header of a client with the INTAKE role (a fresh bearer token each call):
     *                   registers and reads participants and mentors
     * @param programManager the Authorization header of a PROGRAM_MANAGER of every program: rounds, approvals,
     *                       settings, the delivery log
     */
    public DemoLoader(
            DemoEndpoints endpoints, Supplier<String> intakeDesk, Supplier<String> programManager, PrintStream out) {
        this.endpoints = endpoints;
        this.out = out;
        this.api = new DemoApi(endpoints, intakeDesk, programManager);
        this.rounds = new DemoRounds(api, endpoints, out, ROUND_TIME_LIMIT_SECONDS);
    }

    public DemoReport load(DemoCohort cohort) {
        Map<String, Integer> settleTimes = new LinkedHashMap<>();
        try {
            cohort.programIds().forEach(program -> settleTimes.put(program, holdAutomaticRounds(program)));
            Map<String, Integer> created = register(cohort);
            Map<String, JsonNode> planned = new LinkedHashMap<>();
            for (String program : cohort.programIds()) {
                JsonNode last = rounds.lastCompleted(program);
                if (created.get(program) == 0 && last != null) {
                    out.printf(
                            "Demo: %s has nobody new since round %s; no new round%n",
                            program, last.path("id").asString());
                    planned.put(program, last);
                } else {
                    planned.put(program, rounds.run(program));
                }
            }
            approveProposals(DemoCohort.approvedProgram());
            Instant mailing = Instant.now();
            int emails = awaitMentorEmails(DemoCohort.approvedProgram());
            out.printf(
                    "Demo: %d mentor emails of %s sent (%d s)%n",
                    emails,
                    DemoCohort.approvedProgram(),
                    Duration.between(mailing, Instant.now()).toSeconds());
            cohort.programIds().forEach(this::awaitStatusesFollowPairings);
            return DemoReport.of(cohort, endpoints, created, planned, api);
        } finally {
            settleTimes.forEach(this::restoreSettleTime);
        }
    }

    /** Registers everyone, mentors first; answers how many people each program gained. */
    private Map<String, Integer> register(DemoCohort cohort) {
        Map<String, Integer> before = new LinkedHashMap<>();
        cohort.programIds()
                .forEach(program -> before.put(program, people(program).size()));
        out.printf(
                "Demo: registering %d mentors and %d participants through %s ...%n",
                cohort.mentors().size(), cohort.participants().size(), endpoints.intake());
        Instant registering = Instant.now();
        registerAll(cohort.mentors());
        registerAll(cohort.participants());
        Map<String, Integer> created = new LinkedHashMap<>();
        cohort.programIds()
                .forEach(program -> created.put(program, people(program).size() - before.get(program)));
        int now = created.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(
                "Demo: %d registered now, %d already there (%d s)%n",
                now,
                cohort.mentors().size() + cohort.participants().size() - now,
                Duration.between(registering, Instant.now()).toSeconds());
        return created;
    }

    private void registerAll(List<DemoPerson> people) {
        ExecutorService desks = Executors.newFixedThreadPool(REGISTERING_AT_ONCE);
        try {
            for (Future<Object> done : desks.invokeAll(people.stream()
                    .map(p -> (Callable<Object>) () -> {
                        register(p);
                        return null;
                    })
                    .toList())) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering the demo cohort", e);
        } finally {
            desks.shutdownNow();
        }
    }

    /**
     * Created now (201), or already there: 201 replaying the Idempotency-Key, 409 for a known email, or 422 for a
     * key first used with other details (data of an older version of this demo, kept as it was).
     */
    private void register(DemoPerson person) {
        URI uri = endpoints.intake().resolve(person.role().path());
        DemoApi.Answer answer = api.post(uri, person.body(), person.idempotencyKey());
        boolean olderVersion = answer.status() == 422
                && answer.body().path("title").asString("").contains("Idempotency-Key");
        if (answer.status() != 201 && answer.status() != 409 && !olderVersion) {
            DemoApi.expect(answer, 201, "POST", uri);
        }
    }

    private List<JsonNode> people(String program) {
        List<JsonNode> people =
                new ArrayList<>(api.getAll(endpoints.intake().resolve("/api/participants?programId=" + program)));
        people.addAll(api.getAll(endpoints.intake().resolve("/api/mentors?programId=" + program)));
        return people;
    }

    private int holdAutomaticRounds(String program) {
        int settle = api.get(settings(program)).path("settleTimeSeconds").asInt(DEFAULT_SETTLE_SECONDS);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("settleTimeSeconds", HOLD_SETTLE_SECONDS);
        if (program.equals(DemoCohort.approvedProgram())) {
            // this program's own rules: an hour a week together at least, every proposal approved by a person,
            // and more weight on meeting someone nearby and sharing more than the main issue
            change.put("minOverlapMinutes", 60);
            change.put("autoApprove", false);
            change.put("weights", Map.of("sameRegion", 60, "sharedIssues", 30));
        }
        api.put(settings(program), change);
        return settle == HOLD_SETTLE_SECONDS ? DEFAULT_SETTLE_SECONDS : settle;
    }

    private void restoreSettleTime(String program, int settleSeconds) {
        try {
            api.put(settings(program), Map.of("settleTimeSeconds", settleSeconds));
        } catch (RuntimeException e) { // the load's own failure, if any, is the one to report
            out.printf(
                    "Demo: could not put %s's settle time back to %d s: %s%n", program, settleSeconds, e.getMessage());
        }
    }

    private URI settings(String program) {
        return endpoints.matching().resolve("/api/programs/" + program + "/settings");
    }

    private void approveProposals(String program) {
        int approved = 0;
        for (JsonNode pairing :
                api.get(endpoints.matching().resolve("/api/pairings?programId=" + program + "&status=PROPOSED"))) {
            URI approve = endpoints
                    .matching()
                    .resolve("/api/pairings/" + pairing.path("id").asString() + "/approve");
            int status = api.post(approve, null, null).status();
            approved += status == 200 ? 1 : 0;
        }
        if (approved > 0) {
            out.printf("Demo: approved %d proposals of %s%n", approved, program);
        }
    }

    /**
     * Intake's participant statuses follow the pairings through Kafka, and each change travels back to matching as a
     * profile change that restarts the program's settle timer. Waiting for them before the settle time goes back
     * keeps those echoes from starting automatic rounds right after the demo's own.
     */
    private void awaitStatusesFollowPairings(String program) {
        Map<String, String> expected = new HashMap<>();
        for (JsonNode pairing : api.get(endpoints.matching().resolve("/api/pairings?programId=" + program))) {
            switch (pairing.path("status").asString()) {
                case "PROPOSED" -> expected.put(pairing.path("participantId").asString(), "PROPOSED");
                case "APPROVED", "ACCEPTED" ->
                    expected.put(pairing.path("participantId").asString(), "MATCHED");
                default -> {}
            }
        }
        DemoApi.await(
                "intake to show the participants of " + program + " as proposed or matched",
                () -> api.getAll(endpoints.intake().resolve("/api/participants?programId=" + program)).stream()
                        .filter(p -> expected.containsKey(p.path("id").asString()))
                        .allMatch(p -> expected.get(p.path("id").asString())
                                .equals(p.path("status").asString())));
    }

    /** Every approved (or since accepted) pairing of the program has its mentor's email accepted by SMTP. */
    private int awaitMentorEmails(String program) {
        Set<String> approved = new HashSet<>();
        for (JsonNode pairing : api.get(endpoints.matching().resolve("/api/pairings?programId=" + program))) {
            String status = pairing.path("status").asString();
            if (status.equals("APPROVED") || status.equals("ACCEPTED")) {
                approved.add(pairing.path("id").asString());
            }
        }
        DemoApi.await(approved.size() + " mentor emails of " + program + " to be sent", () -> {
            Set<String> sent = new HashSet<>();
            api.getAll(endpoints.notification().resolve("/api/notifications?status=SENT")).stream()
                    .filter(d -> "MENTOR".equals(d.path("recipientRole").asString()))
                    .forEach(d -> sent.add(d.path("pairingId").asString()));
            return sent.containsAll(approved);
        });
        return approved.size();
    }
}
