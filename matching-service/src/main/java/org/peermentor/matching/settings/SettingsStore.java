package org.peermentor.matching.settings;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.solver.MatchingWeights;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Each program's settings, read fresh by every round, so a change applies to the next round without a restart. */
@Component
public class SettingsStore {

    static final String COLLECTION = "program_settings";
    static final int MAX_WEIGHT =
            100_000_000; // above the default urgency weight (1,000,000), so every default can be restored

    private final ReactiveMongoTemplate mongo;
    private final Validator validator;
    private final MatchingProperties properties;

    SettingsStore(ReactiveMongoTemplate mongo, Validator validator, MatchingProperties properties) {
        this.mongo = mongo;
        this.validator = validator;
        this.properties = properties;
    }

    public Mono<ProgramSettings> get(String programId) {
        return mongo.findById(programId, Document.class, COLLECTION)
                .map(stored -> merge(defaults(programId), stored))
                .defaultIfEmpty(defaults(programId));
    }

    public Mono<ProgramSettings> change(String programId, SettingsRequest request) {
        return Mono.fromRunnable(() -> check(request)).then(get(programId)).flatMap(current -> {
            Map<String, Integer> weights = new LinkedHashMap<>(current.weights());
            if (request.weights() != null) {
                weights.putAll(request.weights());
            }
            ProgramSettings next = new ProgramSettings(
                    programId,
                    request.minOverlapMinutes() == null ? current.minOverlapMinutes() : request.minOverlapMinutes(),
                    request.autoApprove() == null ? current.autoApprove() : request.autoApprove(),
                    request.settleTimeSeconds() == null ? current.settleTimeSeconds() : request.settleTimeSeconds(),
                    weights);
            Update update = new Update()
                    .set("minOverlapMinutes", next.minOverlapMinutes())
                    .set("autoApprove", next.autoApprove())
                    .set("settleTimeSeconds", next.settleTimeSeconds())
                    .set("weights", new Document(new LinkedHashMap<>(next.weights())));
            return mongo.upsert(Query.query(where("_id").is(programId)), update, COLLECTION)
                    .thenReturn(next);
        });
    }

    /** Weights must name known quality terms, each between 0 (off) and {@value #MAX_WEIGHT}. */
    public static void checkWeights(Map<String, Integer> weights, List<FieldError> errors) {
        if (weights == null) {
            return;
        }
        weights.forEach((name, weight) -> {
            if (!MatchingWeights.TERMS.contains(name)) {
                errors.add(new FieldError(
                        "weights." + name, "is not a quality term; known terms: " + MatchingWeights.TERMS));
            } else if (weight == null || weight < 0 || weight > MAX_WEIGHT) {
                errors.add(new FieldError("weights." + name, "must be between 0 and " + MAX_WEIGHT));
            }
        });
    }

    private void check(SettingsRequest request) {
        List<FieldError> errors = new ArrayList<>();
        validator
                .validate(request)
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        checkWeights(request.weights(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private ProgramSettings defaults(String programId) {
        return new ProgramSettings(
                programId,
                60,
                false,
                (int) properties.rounds().defaultSettleTime().toSeconds(),
                new LinkedHashMap<>(MatchingWeights.DEFAULTS));
    }

    private static ProgramSettings merge(ProgramSettings defaults, Document stored) {
        Map<String, Integer> weights = new LinkedHashMap<>(defaults.weights());
        Document storedWeights = stored.get("weights", Document.class);
        if (storedWeights != null) {
            storedWeights.forEach((name, value) -> weights.put(name, ((Number) value).intValue()));
        }
        return new ProgramSettings(
                defaults.programId(),
                stored.getInteger("minOverlapMinutes", defaults.minOverlapMinutes()),
                stored.getBoolean("autoApprove", defaults.autoApprove()),
                stored.getInteger("settleTimeSeconds", defaults.settleTimeSeconds()),
                weights);
    }
}
