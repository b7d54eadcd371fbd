/**
 * Matching a program's waiting participants with its peer mentors, in plain Java. {@link
 * org.peermentor.matching.solver.MatchingRules} holds rules H1–H8 for a single pair (a pairing by hand must pass
 * them); {@link org.peermentor.matching.solver.MatchingSolver} solves a whole round exactly: an exact maximum
 * matching says how many can be matched, a minimum-cost flow of that size (OR-Tools) is the best priority and quality
 * under the program's weights ({@link org.peermentor.matching.solver.WeightTerm}), OptaPlanner installs it in a
 * custom phase and scores it, and the result says in words why each pair was chosen and why
 * each participant left over could not be placed. The planning classes are public only because OptaPlanner reads
 * them; callers use the records and the two classes above.
 */
package org.peermentor.matching.solver;
