package org.peermentor.matching.solver;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A participant's allowed mentors as indexes into the round's mentors, read as a list (the placement's value range).
 * A large round has tens of millions of allowed pairs: one int each, rather than a reference in a list of its own
 * and a map lookup each time the flow or the maximum matching asks for the mentor's index.
 */
final class AllowedMentors extends AbstractList<Mentor> implements RandomAccess {

    private final Mentor[] roundMentors;
    private final int[] indexes;

    AllowedMentors(Mentor[] roundMentors, int[] indexes) {
        this.roundMentors = roundMentors;
        this.indexes = indexes;
    }

    @Override
    public Mentor get(int i) {
        return roundMentors[indexes[i]];
    }

    @Override
    public int size() {
        return indexes.length;
    }

    /** The index among the round's mentors of the allowed mentor at {@code i}. */
    int roundIndex(int i) {
        return indexes[i];
    }
}
