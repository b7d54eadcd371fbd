package org.peermentor.console.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/** The matching service's API as the console uses it: rounds, pairings, settings and reports (program managers). */
public class MatchingApi {

    private final ServiceClient client;

    MatchingApi(ServiceClient client) {
        this.client = client;
    }

    public Mono<Settings> settings(String programId) {
        return client.get(uri -> uri.path("/api/programs/{id}/settings").build(programId), Settings.class);
    }

    /** Saves the settings; the body holds only what the manager changed ({@code minOverlapMinutes}, {@code autoApprove}, {@code weights}, …). */
    public Mono<Settings> changeSettings(String programId, Map<String, Object> body) {
        return client.send(HttpMethod.PUT, body, Settings.class, "/api/programs/{id}/settings", programId);
    }

    /** Starts a real round; answers the new round's id. */
    public Mono<String> startRound(String programId) {
        return started(programId, Map.of());
    }

    /** Starts a dry run with these weights; answers the dry run's id. */
    public Mono<String> startDryRun(String programId, Map<String, Integer> weights) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("weights", weights);
        return started(programId, body);
    }

    /** The 202 names only the new round's id and status, so it is not read as a whole {@link Round}. */
    private Mono<String> started(String programId, Map<String, Object> body) {
        return client.send(HttpMethod.POST, body, Started.class, "/api/programs/{id}/rounds", programId)
                .map(Started::id);
    }

    private record Started(String id, String status) {}

    public Mono<Round> round(String id) {
        return client.get(uri -> uri.path("/api/rounds/{id}").build(id), Round.class);
    }

    /** The program's rounds, newest first, as summaries: counts without the lists of pairings and people. */
    public Mono<List<Round>> rounds(String programId, int page, int size) {
        return client.list(
                uri -> uri.path("/api/programs/{id}/rounds")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .queryParam("summary", true)
                        .build(programId),
                Round.class);
    }

    /** The program's pairings in one status ({@code PROPOSED}, {@code ACCEPTED}, …), a page at a time. */
    public Mono<List<Pairing>> pairings(String programId, String status, int page, int size) {
        return client.list(
                uri -> uri.path("/api/pairings")
                        .queryParam("programId", programId)
                        .queryParam("status", status)
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                Pairing.class);
    }

    /** The program's accepted pairings whose health is one of these ({@code NEEDS_ATTENTION}, {@code QUIET}). */
    public Mono<List<Pairing>> acceptedPairings(String programId, List<String> healths, int size) {
        return client.list(
                uri -> uri.path("/api/pairings")
                        .queryParam("programId", programId)
                        .queryParam("status", "ACCEPTED")
                        .queryParam("health", String.join(",", healths))
                        .queryParam("page", 0)
                        .queryParam("size", size)
                        .build(),
                Pairing.class);
    }

    public Mono<Pairing> pairing(String id) {
        return client.get(uri -> uri.path("/api/pairings/{id}").build(id), Pairing.class);
    }

    public Mono<Pairing> approve(String id) {
        return ServiceClient.answer(
                client.web().post().uri("/api/pairings/{id}/approve", id).retrieve(), Pairing.class);
    }

    /**
     * Approves these proposals of the program in one call ({@code POST /api/programs/{id}/pairings/approve}, at most
     * 500 ids); answers each one's outcome, in the order given.
     */
    public Mono<List<ApprovalOutcome>> approveAll(String programId, List<String> pairingIds) {
        return client.send(
                        HttpMethod.POST,
                        Map.of("pairingIds", pairingIds),
                        ApprovalOutcomes.class,
                        "/api/programs/{id}/pairings/approve",
                        programId)
                .map(ApprovalOutcomes::outcomes);
    }

    private record ApprovalOutcomes(List<ApprovalOutcome> outcomes) {}

    public Mono<Pairing> reject(String id, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        return client.send(HttpMethod.POST, body, Pairing.class, "/api/pairings/{id}/reject", id);
    }

    /** A new link for the mentor of an APPROVED pairing (the old one stops working); 409 in any other status. */
    public Mono<Pairing> resendLink(String id) {
        return ServiceClient.answer(
                client.web().post().uri("/api/pairings/{id}/resend-link", id).retrieve(), Pairing.class);
    }

    /** The check-ins sent to an accepted pairing, newest first, with the answers that came back. */
    public Mono<List<CheckIn>> checkIns(String pairingId) {
        return client.list(uri -> uri.path("/api/pairings/{id}/check-ins").build(pairingId), CheckIn.class);
    }

    /** The notes written with one check-in's answers; the matching service records each such read. */
    public Mono<List<CheckInNote>> checkInNotes(String pairingId, int number) {
        return client.list(
                uri -> uri.path("/api/pairings/{id}/check-ins/{number}/notes").build(pairingId, number),
                CheckInNote.class);
    }

    public Mono<Pairing> end(String id, String reason, boolean rematch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("rematch", rematch);
        return client.send(HttpMethod.POST, body, Pairing.class, "/api/pairings/{id}/end", id);
    }

    /** Pairs by hand; a pairing the rules forbid fails with a 422 {@link ServiceFailure} naming the rules. */
    public Mono<Pairing> pairByHand(String participantId, String mentorId) {
        return client.send(
                HttpMethod.POST,
                Map.of("participantId", participantId, "mentorId", mentorId),
                Pairing.class,
                "/api/pairings");
    }

    public Mono<MentorOptions> mentorOptions(String participantId) {
        return client.get(
                uri -> uri.path("/api/participants/{id}/mentor-options").build(participantId), MentorOptions.class);
    }

    /** Who waits in the program, most urgent and longest waiting first, a page at a time. */
    public Mono<List<WaitingParticipant>> waiting(String programId, int page, int size) {
        return client.list(
                uri -> uri.path("/api/programs/{id}/waiting")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(programId),
                WaitingParticipant.class);
    }

    public Mono<SupplyReport> report(String programId) {
        return client.get(uri -> uri.path("/api/programs/{id}/report").build(programId), SupplyReport.class);
    }

    public Mono<Engagement> engagement(String programId) {
        return client.get(uri -> uri.path("/api/programs/{id}/engagement").build(programId), Engagement.class);
    }

    /** What program managers did to a pairing, oldest first. */
    public Mono<List<AuditRecord>> pairingHistory(String pairingId) {
        return client.list(
                uri -> uri.path("/api/audit").queryParam("pairingId", pairingId).build(), AuditRecord.class);
    }
}
