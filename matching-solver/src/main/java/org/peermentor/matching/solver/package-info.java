/**
 * Matching a program's waiting participants with its peer mentors, in plain Java. {@link
 * org.peermentor.matching.solver.MatchingRules} holds rules H1–H8 for a single pair (a pairing by hand must pass
 * them); {@link org.peermentor.matching.solver.MatchingSolver} solves a whole round: an exact maximum matching seeds
 * OptaPlanner's local search, which then orders priority and quality by the program's weights ({@link
 * org.peermentor.matching.solver.MatchingWeights}), and the result says in words why each pair was chosen and why
 * each participant left over could not be placed. The planning classes are public only because OptaPlanner reads
 * them; callers use the records and the two classes above.
 */
package org.peermentor.matching.solver;
