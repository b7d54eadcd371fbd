/**
 * The one way every service is secured, so the rules cannot differ between them: an OAuth2 resource server taking
 * the issuer's bearer JWTs, the roles and programs read from their claims into a
 * {@link org.peermentor.service.security.Caller}, refusals answered as problem details, and per-client rate limits
 * (429 with {@code Retry-After}). A service imports {@link org.peermentor.service.security.ServiceSecurity} and adds
 * only its own path rules and limits.
 */
package org.peermentor.service.security;
