/**
 * Calls to the intake, matching and notification services, one {@code WebClient} each, carrying the signed-in
 * person's access token (refreshed with the refresh token when it has expired). Every error answer becomes a
 * {@link org.peermentor.console.services.ServiceFailure} holding the service's status and problem details, so the
 * pages can turn a 403, 404, 412 or a field error into something a person understands; a service that does not
 * answer becomes a 503.
 */
package org.peermentor.console.services;
