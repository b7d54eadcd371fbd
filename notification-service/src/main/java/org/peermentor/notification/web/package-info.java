/**
 * The HTTP API: the delivery log. Errors are RFC 9457 problem details, answered by the shared
 * {@code ProblemResponses} of service-support.
 */
package org.peermentor.notification.web;
