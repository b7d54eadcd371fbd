package org.peermentor.matching.solver;

/** A mentor as the solver sees one: the places left once the fixed pairings are counted (rule H8). */
public final class Mentor {

    private final String id;
    private final int capacity;
    private final int fixedPairings;

    Mentor(String id, int capacity, int fixedPairings) {
        this.id = id;
        this.capacity = capacity;
        this.fixedPairings = fixedPairings;
    }

    public String getId() {
        return id;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getFixedPairings() {
        return fixedPairings;
    }

    public int getPlacesLeft() {
        return Math.max(0, capacity - fixedPairings);
    }

    @Override
    public String toString() {
        return id;
    }
}
