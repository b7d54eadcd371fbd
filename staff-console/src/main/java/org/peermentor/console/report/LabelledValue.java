package org.peermentor.console.report;

/** One line of a report table of labelled values: what is counted, and its value in words. */
public record LabelledValue(String label, String value) {}
