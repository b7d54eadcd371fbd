/**
 * The HTTP API: the delivery log, for program managers only (OAuth2 bearer JWT, role {@code PROGRAM_MANAGER}; no or
 * a bad token → 401, another role → 403). A token limited to some programs sees only their deliveries, and a pairing
 * of another program answers 404. Errors are RFC 9457 problem details, answered by the shared
 * {@code ProblemResponses} of service-support.
 */
package org.peermentor.notification.web;
