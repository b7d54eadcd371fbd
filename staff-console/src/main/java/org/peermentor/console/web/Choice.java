package org.peermentor.console.web;

/** One option of a select or a checkbox list: the API's value and the words a person reads. */
public record Choice(String value, String label) {}
