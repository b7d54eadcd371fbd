/**
 * The development inbox: every email the local SMTP server accepts is kept (as .eml files under the data dir, or
 * in memory), parsed into an {@link org.peermentor.devinbox.InboxMessage}, and shown on a small web page with a
 * Mailpit-compatible JSON API, so a developer and the end-to-end tests can read what the services sent.
 */
package org.peermentor.devinbox;
