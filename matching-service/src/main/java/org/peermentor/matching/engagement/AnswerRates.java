package org.peermentor.matching.engagement;

/** Of the check-ins sent to mentors, and to participants who agreed to email, the share answered. */
public record AnswerRates(Double mentor, Double participant) {}
