package org.peermentor.matching.support;

import org.peermentor.matching.round.RoundStatus;

/** What a round start answers with its 202: the new round's id and that it is solving. */
public record RoundAccepted(String id, RoundStatus status) {}
