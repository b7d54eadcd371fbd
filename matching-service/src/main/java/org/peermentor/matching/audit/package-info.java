/**
 * The audit of program managers' actions — approvals, rejections, pairings by hand, endings, settings changes and
 * round starts — as intake audits its records: who (the token's subject, as {@code service.audit.Actor} has it),
 * what, when and on which pairing, round or program, in an append-only collection, read back by
 * {@code GET /api/audit}. It holds ids only, so erasing a person leaves nothing of them here. Pairings, rounds and
 * settings record into it, so it sits below them: the one thing it asks of pairings, a pairing's program, it asks
 * through {@code PairingPrograms}, which the pairing store implements.
 */
package org.peermentor.matching.audit;
