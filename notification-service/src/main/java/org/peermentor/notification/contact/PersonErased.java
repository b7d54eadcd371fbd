package org.peermentor.notification.contact;

/**
 * A person was erased: a tombstone (a record with no value) arrived on their profile topic, and the contact
 * directory has forgotten them. Published in process, on the listener's thread, so whatever else the service
 * keeps about them is forgotten before the record counts as handled.
 */
public record PersonErased(String id, Role role) {}
