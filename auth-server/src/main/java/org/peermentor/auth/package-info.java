/**
 * The local OAuth2 issuer of {@code ./run-local} (Spring Authorization Server): the client-credentials grant for the
 * clients of a JSON file, RS256 JWTs with the contract's {@code roles} and {@code programs} claims, signed with a key
 * that is generated once and kept in the data folder, and published at {@code /oauth2/jwks}.
 */
package org.peermentor.auth;
