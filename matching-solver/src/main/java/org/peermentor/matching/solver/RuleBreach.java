package org.peermentor.matching.solver;

/** One matching rule a pair breaks: its code ({@code "H1"} … {@code "H8"}) and what is wrong, in plain words. */
public record RuleBreach(String rule, String description) {}
