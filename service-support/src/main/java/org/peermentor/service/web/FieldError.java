package org.peermentor.service.web;

/** One bad field of a request, as listed under {@code errors} in a 400 problem. */
public record FieldError(String field, String message) {}
