/**
 * The matching service: it keeps a replica of the profiles intake publishes, runs matching rounds with the solver
 * (by hand or by itself once a program settles), and carries each pairing from proposal through a manager's
 * approval to the mentor's answer, publishing every step on {@code pairing-events}. This package holds only the
 * application, its settings ({@code matching.*}) and what every feature shares (the clock and the listeners' error
 * handling); each feature — {@code profile}, {@code round}, {@code pairing},
 * {@code waiting}, {@code report}, {@code settings}, {@code erasure}, {@code audit} — lives in a package of its own,
 * with its own startup work (indexes, the pairing outbox's relay). The features use this package; it uses none of
 * them, so none imports it back.
 */
package org.peermentor.matching;
