package org.peermentor.matching.settings;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Validator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.solver.MatchingWeights;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Each program's settings, read fresh by every round, so a change applies to the next round without a restart. */
@Component
public record SettingsStore(ReactiveMongoTemplate mongo, Validator validator, MatchingProperties properties) {

    static final String COLLECTION = "program_settings";
    static final Duration DEFAULT_REMINDER_AFTER = Duration.ofDays(3);
    static final CheckInSchedule DEFAULT_CHECK_INS = new CheckInSchedule(Duration.ofDays(14), Duration.ofDays(30));

    public Mono<ProgramSettings> get(String programId) {
        return mongo.findById(programId, Document.class, COLLECTION)
                .map(stored -> merge(defaults(programId), stored))
                .defaultIfEmpty(defaults(programId));
    }

    public Mono<ProgramSettings> change(String programId, SettingsRequest request) {
        return Mono.fromCallable(() -> SettingsCheck.check(validator, request))
                .flatMap(durations -> get(programId).flatMap(current -> {
                    ProgramSettings next = changed(current, request, durations);
                    Update update = new Update()
                            .set("minOverlapMinutes", next.minOverlapMinutes())
                            .set("autoApprove", next.autoApprove())
                            .set("settleTimeSeconds", next.settleTimeSeconds())
                            .set("weights", new Document(new LinkedHashMap<>(next.weights())))
                            .set("reminderAfter", IsoDurations.format(next.reminderAfter()))
                            .set(
                                    "checkIns",
                                    new Document(
                                                    "firstAfter",
                                                    IsoDurations.format(
                                                            next.checkIns().firstAfter()))
                                            .append(
                                                    "every",
                                                    IsoDurations.format(
                                                            next.checkIns().every())))
                            .set("rematchOnNewMentorRequest", next.rematchOnNewMentorRequest());
                    return mongo.upsert(Query.query(where("_id").is(programId)), update, COLLECTION)
                            .thenReturn(next);
                }));
    }

    private static ProgramSettings changed(
            ProgramSettings current, SettingsRequest request, RequestedDurations durations) {
        Map<String, Integer> weights = new LinkedHashMap<>(current.weights());
        if (request.weights() != null) {
            weights.putAll(request.weights());
        }
        return ProgramSettingsBuilder.builder(current)
                .minOverlapMinutes(orElse(request.minOverlapMinutes(), current.minOverlapMinutes()))
                .autoApprove(orElse(request.autoApprove(), current.autoApprove()))
                .settleTimeSeconds(orElse(request.settleTimeSeconds(), current.settleTimeSeconds()))
                .weights(weights)
                .reminderAfter(orElse(durations.reminderAfter(), current.reminderAfter()))
                .checkIns(new CheckInSchedule(
                        orElse(durations.firstCheckIn(), current.checkIns().firstAfter()),
                        orElse(durations.checkInEvery(), current.checkIns().every())))
                .rematchOnNewMentorRequest(
                        orElse(request.rematchOnNewMentorRequest(), current.rematchOnNewMentorRequest()))
                .build();
    }

    private static <T> T orElse(T requested, T current) {
        return requested == null ? current : requested;
    }

    private ProgramSettings defaults(String programId) {
        return ProgramSettingsBuilder.builder()
                .programId(programId)
                .minOverlapMinutes(60)
                .autoApprove(false)
                .settleTimeSeconds((int) properties.rounds().defaultSettleTime().toSeconds())
                .weights(new LinkedHashMap<>(MatchingWeights.DEFAULTS))
                .reminderAfter(DEFAULT_REMINDER_AFTER)
                .checkIns(DEFAULT_CHECK_INS)
                .rematchOnNewMentorRequest(false)
                .build();
    }

    private static ProgramSettings merge(ProgramSettings defaults, Document stored) {
        Map<String, Integer> weights = new LinkedHashMap<>(defaults.weights());
        Document storedWeights = stored.get("weights", Document.class);
        if (storedWeights != null) {
            storedWeights.forEach((name, value) -> weights.put(name, ((Number) value).intValue()));
        }
        Document checkIns = stored.get("checkIns", Document.class);
        CheckInSchedule usual = defaults.checkIns();
        return ProgramSettingsBuilder.builder(defaults)
                .minOverlapMinutes(stored.getInteger("minOverlapMinutes", defaults.minOverlapMinutes()))
                .autoApprove(stored.getBoolean("autoApprove", defaults.autoApprove()))
                .settleTimeSeconds(stored.getInteger("settleTimeSeconds", defaults.settleTimeSeconds()))
                .weights(weights)
                .reminderAfter(IsoDurations.stored(stored.get("reminderAfter"), defaults.reminderAfter()))
                .checkIns(
                        checkIns == null
                                ? usual
                                : new CheckInSchedule(
                                        IsoDurations.stored(checkIns.get("firstAfter"), usual.firstAfter()),
                                        IsoDurations.stored(checkIns.get("every"), usual.every())))
                .rematchOnNewMentorRequest(
                        stored.getBoolean("rematchOnNewMentorRequest", defaults.rematchOnNewMentorRequest()))
                .build();
    }
}
