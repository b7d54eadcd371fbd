/**
 * The local OAuth2 issuer of {@code ./run-local} (Spring Authorization Server): the client-credentials grant for the
 * machine clients of a JSON file, and sign-in of people (package {@code people}, page in {@code signin}) through the
 * browser clients of the same file with the authorization code and PKCE, refresh tokens and OpenID Connect. Tokens
 * are RS256 JWTs with the contract's {@code roles} and {@code programs} claims, signed with a key that is generated
 * once and kept in the data folder, and published at {@code /oauth2/jwks}.
 */
package org.peermentor.auth;
