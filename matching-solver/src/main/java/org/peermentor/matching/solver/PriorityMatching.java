package org.peermentor.matching.solver;

import java.util.Arrays;

/**
 * An exact maximum b-matching of participants to mentors with places, built by augmenting paths (Ford–Fulkerson
 * on the unit network source → participant → mentor → sink, breadth-first, so Edmonds–Karp) taken one participant
 * at a time in priority order.
 *
 * <p>Why this is also the best choice of WHO gets matched: the sets of participants that can be matched together
 * form a matroid (a transversal matroid), and an augmenting path never unmatches anyone. So adding each participant
 * in turn when an augmenting path exists is the matroid greedy algorithm: the result has the maximum size and,
 * among maximum matchings, the largest total priority. A search that fails leaves every mentor it reached full and
 * closed to later paths, so those mentors are skipped from then on; each is searched in vain at most once.
 */
final class PriorityMatching {

    private final int[][] allowed;
    private final int[] places;
    private final int[] mentorOf;
    private final int[][] holders;
    private final int[] load;
    private final boolean[] dead;
    private final int[] via;
    private final int[] previous;
    private final int[] seen;
    private final int[] queue;
    private int stamp;

    private PriorityMatching(int[][] allowed, int[] places) {
        this.allowed = allowed;
        this.places = places;
        this.mentorOf = new int[allowed.length];
        Arrays.fill(mentorOf, -1);
        this.holders = new int[places.length][];
        for (int m = 0; m < places.length; m++) {
            holders[m] = new int[Math.max(0, places[m])];
        }
        this.load = new int[places.length];
        this.dead = new boolean[places.length];
        this.via = new int[places.length];
        this.previous = new int[places.length];
        this.seen = new int[places.length];
        this.queue = new int[places.length];
    }

    /**
     * @param allowed per participant, in priority order (highest first), the indexes of the mentors it may have
     * @param places  per mentor, the places left
     * @return per participant, the index of its mentor, or -1
     */
    static int[] match(int[][] allowed, int[] places) {
        PriorityMatching matching = new PriorityMatching(allowed, places);
        for (int p = 0; p < allowed.length; p++) {
            if (!matching.placeDirectly(p)) {
                matching.augment(p);
            }
        }
        return matching.mentorOf;
    }

    /** A mentor with a place free, the one with the most left. */
    private boolean placeDirectly(int participant) {
        int best = -1;
        for (int m : allowed[participant]) {
            if (!dead[m] && free(m) > 0 && (best < 0 || free(m) > free(best))) {
                best = m;
            }
        }
        if (best < 0) {
            return false;
        }
        assign(participant, best);
        return true;
    }

    private void augment(int participant) {
        stamp++;
        int head = 0;
        int tail = 0;
        for (int m : allowed[participant]) {
            if (!dead[m] && seen[m] != stamp) {
                seen[m] = stamp;
                via[m] = participant;
                previous[m] = -1;
                queue[tail++] = m;
            }
        }
        while (head < tail) {
            int full = queue[head++];
            for (int h = 0; h < load[full]; h++) {
                int holder = holders[full][h];
                for (int m : allowed[holder]) {
                    if (dead[m] || seen[m] == stamp) {
                        continue;
                    }
                    seen[m] = stamp;
                    via[m] = holder;
                    previous[m] = full;
                    if (free(m) > 0) {
                        shiftAlong(m);
                        return;
                    }
                    queue[tail++] = m;
                }
            }
        }
        for (int i = 0; i < tail; i++) {
            dead[queue[i]] = true;
        }
    }

    /** Moves each participant on the path one mentor along, ending in {@code freeMentor}. */
    private void shiftAlong(int freeMentor) {
        int m = freeMentor;
        while (m >= 0) {
            int mover = via[m];
            int from = previous[m];
            if (from >= 0) {
                release(mover, from);
            }
            assign(mover, m);
            m = from;
        }
    }

    private int free(int mentor) {
        return places[mentor] - load[mentor];
    }

    private void assign(int participant, int mentor) {
        holders[mentor][load[mentor]++] = participant;
        mentorOf[participant] = mentor;
    }

    private void release(int participant, int mentor) {
        int[] list = holders[mentor];
        for (int h = 0; h < load[mentor]; h++) {
            if (list[h] == participant) {
                list[h] = list[--load[mentor]];
                mentorOf[participant] = -1;
                return;
            }
        }
        throw new IllegalStateException("participant " + participant + " not held by mentor " + mentor);
    }
}
