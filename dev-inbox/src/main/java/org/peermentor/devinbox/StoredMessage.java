package org.peermentor.devinbox;

/** A received message as the inbox keeps it: read for showing, and its raw bytes as they came over SMTP. */
record StoredMessage(InboxMessage message, byte[] raw) {}
