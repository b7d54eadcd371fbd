/**
 * The notification service: turns pairing events into emails, to the right person, exactly once. It keeps a contact
 * directory from the profile topics ({@code contact}), records one delivery per (event, recipient) and sends it over
 * SMTP ({@code delivery}, {@code mail}), dead-letters what it cannot read ({@code messaging}) and shows the delivery
 * log over HTTP ({@code web}).
 */
package org.peermentor.notification;
