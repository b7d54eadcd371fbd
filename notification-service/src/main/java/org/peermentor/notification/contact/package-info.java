/**
 * The contact directory: what mail needs to know about each participant and mentor (first name, email, timezone,
 * consent, program) and nothing else — no last name, phone or health data. It is built from the profile topics,
 * keeps the highest profile version it has seen, and keeps withdrawn people marked so pending mail can skip them.
 * A tombstone (a profile record with no value) erases the person: the directory forgets them, then announces
 * {@link org.peermentor.notification.contact.PersonErased} so the rest of the service forgets them too.
 */
package org.peermentor.notification.contact;
