package org.peermentor.auth;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the client's {@code roles} into every access token it gets, and its {@code programs} when it is limited to
 * some; a token without {@code programs} may act on every program. {@code sub} is the client id already.
 */
final class RoleAndProgramClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Clients clients;

    RoleAndProgramClaims(Clients clients) {
        this.clients = clients;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        ClientDefinition client = clients.get(context.getRegisteredClient().getClientId());
        context.getClaims().claim("roles", client.roles());
        if (client.limitedToPrograms()) {
            context.getClaims().claim("programs", client.programs());
        }
    }
}
