package org.peermentor.matching.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a constraint scored one pairing: the placement, its mentor then, and the weight name of the term. */
record PairingJustification(String term, Placement placement, Mentor mentor) implements ConstraintJustification {

    static PairingJustification of(String term, Placement placement) {
        return new PairingJustification(term, placement, placement.getMentor());
    }

    Fit fit() {
        return placement.fitWith(mentor);
    }
}
