package org.peermentor.matching.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a constraint scored one pairing: the placement, its mentor then, and the term scored. */
record PairingJustification(WeightTerm term, Placement placement, Mentor mentor) implements ConstraintJustification {

    static PairingJustification of(WeightTerm term, Placement placement) {
        return new PairingJustification(term, placement, placement.getMentor());
    }

    Fit fit() {
        return placement.fitWith(mentor);
    }
}
