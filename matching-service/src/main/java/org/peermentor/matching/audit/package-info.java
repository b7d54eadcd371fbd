/**
 * The audit of program managers' actions — approvals, rejections, pairings by hand, endings, settings changes and
 * round starts — as intake audits its records: who (the token's subject, as {@code service.audit.Actor} has it),
 * what, when and on which pairing, round or program, in an append-only collection, read back by
 * {@code GET /api/audit}. It holds ids only, so erasing a person leaves nothing of them here.
 */
package org.peermentor.matching.audit;
