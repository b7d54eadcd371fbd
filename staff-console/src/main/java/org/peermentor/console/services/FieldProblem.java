package org.peermentor.console.services;

/** One bad field named by a service, e.g. {@code availability[0].end}. */
public record FieldProblem(String field, String message) {}
