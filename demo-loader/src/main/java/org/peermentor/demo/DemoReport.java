package org.peermentor.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermentor.demo.ProgramReport.Why;
import tools.jackson.databind.JsonNode;

/** What the demo load did, read back from the services, and the short summary printed at its end. */
public record DemoReport(long seed, DemoEndpoints endpoints, List<ProgramReport> programs, int inboxMessages) {

    private static final Pattern RULE = Pattern.compile("\\((H\\d)\\)");

    public int created() {
        return programs.stream().mapToInt(ProgramReport::created).sum();
    }

    static DemoReport of(
            DemoCohort cohort,
            DemoEndpoints endpoints,
            Map<String, Integer> created,
            Map<String, JsonNode> rounds,
            DemoApi api) {
        List<JsonNode> sent = api.getAll(endpoints.notification().resolve("/api/notifications?status=SENT"));
        List<ProgramReport> programs = new ArrayList<>();
        for (String id : cohort.programIds()) {
            int participants = present(api.getAll(endpoints.intake().resolve("/api/participants?programId=" + id)));
            int mentors = present(api.getAll(endpoints.intake().resolve("/api/mentors?programId=" + id)));
            Set<String> pairingIds = new HashSet<>();
            Set<String> matched = new HashSet<>();
            Set<String> proposed = new HashSet<>();
            for (JsonNode pairing : api.get(endpoints.matching().resolve("/api/pairings?programId=" + id))) {
                pairingIds.add(pairing.path("id").asString());
                switch (pairing.path("status").asString()) {
                    case "APPROVED", "ACCEPTED" ->
                        matched.add(pairing.path("participantId").asString());
                    case "PROPOSED" ->
                        proposed.add(pairing.path("participantId").asString());
                    default -> {}
                }
            }
            int emails = (int) sent.stream()
                    .filter(d -> pairingIds.contains(d.path("pairingId").asString()))
                    .count();
            JsonNode round = rounds.get(id);
            programs.add(ProgramReportBuilder.builder()
                    .id(id)
                    .participants(participants)
                    .mentors(mentors)
                    .created(created.get(id))
                    .roundId(round.path("id").asString())
                    .matched(matched.size())
                    .proposed(proposed.size())
                    .waiting(participants - matched.size() - proposed.size())
                    .emailsSent(emails)
                    .waitingWhy(why(round))
                    .build());
        }
        int inbox = api.get(endpoints.inbox().resolve("/api/v1/messages?limit=1"))
                .path("total")
                .asInt(0);
        return new DemoReport(cohort.seed(), endpoints, programs, inbox);
    }

    private static int present(List<JsonNode> people) {
        return (int) people.stream()
                .filter(p -> !"WITHDRAWN".equals(p.path("status").asString()))
                .count();
    }

    private static Map<String, Why> why(JsonNode round) {
        Map<String, Why> why = new TreeMap<>();
        for (JsonNode unmatched : round.path("unmatched")) {
            String reason = unmatched.path("reasons").path(0).asString("");
            Matcher rule = RULE.matcher(reason);
            String key = rule.find() ? rule.group(1) : "other";
            Why before = why.get(key);
            why.put(key, new Why(before == null ? 1 : before.count() + 1, before == null ? reason : before.example()));
        }
        return why;
    }

    public void print(PrintStream out) {
        out.println();
        out.printf(
                "Demo cohort (seed %d): %s%n",
                seed,
                created() == 0
                        ? "everyone was already there; nobody new registered"
                        : created() + " people registered now");
        out.println();
        out.printf(
                "  %-16s %12s %8s %8s %16s %8s %12s%n",
                "program", "participants", "mentors", "matched", "awaiting review", "waiting", "emails sent");
        for (ProgramReport p : programs) {
            out.printf(
                    "  %-16s %12d %8d %8d %16d %8d %12d%n",
                    p.id(), p.participants(), p.mentors(), p.matched(), p.proposed(), p.waiting(), p.emailsSent());
        }
        for (ProgramReport p : programs) {
            out.printf(
                    "%n  Why %d of %s wait after round %s (per rule: how many, one example):%n",
                    p.waitingWhy().values().stream().mapToInt(Why::count).sum(), p.id(), p.roundId());
            p.waitingWhy().forEach((rule, why) -> out.printf("    %3d x %s%n", why.count(), why.example()));
        }
        String review = programs.get(programs.size() - 1).id();
        out.println();
        out.println("  Where to look:");
        out.printf(
                "    intake        %s/api/participants?programId=%s%n",
                endpoints.intake(), programs.get(0).id());
        out.printf(
                "    matching      %s/api/programs/%s/rounds   (proposals awaiting review)%n",
                endpoints.matching(), review);
        out.printf("    notification  %s/api/notifications?status=SENT%n", endpoints.notification());
        out.printf("    inbox         %s   (%d messages)%n", endpoints.inbox(), inboxMessages);
        out.println("  A round by hand, with TOKEN a program-manager token (see the clients above):");
        out.printf(
                "    curl -s -X POST %s/api/programs/%s/rounds -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{\"timeLimitSeconds\": 5}'%n",
                endpoints.matching(), review);
        out.printf(
                "    curl -s %s/api/rounds/ROUND_ID -H \"Authorization: Bearer $TOKEN\"                  (the id from the answer above)%n",
                endpoints.matching());
        out.printf(
                "    curl -s -X POST %s/api/pairings/PAIRING_ID/approve -H \"Authorization: Bearer $TOKEN\"   (one of its pairings)%n",
                endpoints.matching());
        out.println();
    }
}
