package org.peermentor.matching.solver;

/** A mentor as the solver sees one: the places left once the fixed pairings are counted (rule H8). */
public record Mentor(String id, int capacity, int fixedPairings) {

    public int placesLeft() {
        return Math.max(0, capacity - fixedPairings);
    }

    @Override
    public String toString() {
        return id;
    }
}
