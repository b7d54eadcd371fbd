/**
 * The notification service: turns pairing events into emails, to the right person, exactly once. It keeps a contact
 * directory from the profile topics ({@code contact}), records one delivery per (event, recipient) and sends it over
 * SMTP ({@code delivery}, {@code mail}), dead-letters what it cannot read ({@code messaging}) and shows the delivery
 * log over HTTP ({@code web}). This package holds the application and its settings ({@link NotificationProperties},
 * {@link SmtpSecurity}); every feature may read them, and this package imports none of the features.
 */
package org.peermentor.notification;
