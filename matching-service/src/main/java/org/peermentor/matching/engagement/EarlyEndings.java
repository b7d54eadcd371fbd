package org.peermentor.matching.engagement;

import java.util.List;

/** Pairings that ended within 90 days of acceptance, with each reason given and how often. */
public record EarlyEndings(int count, List<EndingReason> reasons) {}
