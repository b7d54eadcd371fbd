/**
 * Access to the services as the local stack's own clients have it: {@link org.peermentor.localstack.auth.DemoCredentials}
 * makes and keeps the demo clients of the local OAuth2 issuer ({@code DATA_DIR/demo-credentials.json}), and
 * {@link org.peermentor.localstack.auth.TokenClient} gets a client's bearer tokens from the issuer by client
 * credentials and reuses each until shortly before it expires. The demo loader, the end-to-end tests and the
 * benchmarks call the services' {@code /api/**} through these.
 */
package org.peermentor.localstack.auth;
