/**
 * The contact directory: what mail needs to know about each participant and mentor (first name, email, timezone,
 * consent, program) and nothing else — no last name, phone or health data. It is built from the profile topics,
 * keeps the highest profile version it has seen, and keeps withdrawn people marked so pending mail can skip them.
 */
package org.peermentor.notification.contact;
