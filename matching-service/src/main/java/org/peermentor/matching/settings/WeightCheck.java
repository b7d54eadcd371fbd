package org.peermentor.matching.settings;

import java.util.List;
import java.util.Map;
import org.peermentor.matching.solver.MatchingWeights;
import org.peermentor.service.web.FieldError;

/** The check of quality-term weights, shared by a settings change and a dry run's weights. */
public final class WeightCheck {

    static final int MAX_WEIGHT =
            100_000_000; // above the default urgency weight (1,000,000), so every default can be restored

    private WeightCheck() {}

    /** Weights must name known quality terms, each between 0 (off) and {@value #MAX_WEIGHT}. */
    public static void check(Map<String, Integer> weights, List<FieldError> errors) {
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
}
