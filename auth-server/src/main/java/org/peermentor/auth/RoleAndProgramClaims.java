package org.peermentor.auth;

import java.util.Optional;
import org.peermentor.auth.people.People;
import org.peermentor.auth.people.UserAccount;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The contract's claims. A client's access token: its {@code roles}, and its {@code programs} when it is limited to
 * some ({@code sub} is the client id already). A person's access token: {@code sub} = username (already),
 * {@code name}, the person's {@code roles}, {@code programs} when limited, and {@code azp} = the client they signed
 * in through; their id token (and {@code /userinfo}, see {@link UserInfoClaims}): {@code sub}, {@code name}, {@code preferred_username},
 * {@code roles}. A token without {@code programs} may act on every program.
 */
record RoleAndProgramClaims(Clients clients, People people) implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    @Override
    public void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                client(context);
            }
            return;
        }
        Optional<UserAccount> signedIn = people.find(context.getPrincipal().getName());
        if (signedIn.isEmpty()) {
            return; // not a person of the users file: no roles, so the services let it do nothing
        }
        UserAccount person = signedIn.get();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims()
                    .claim("name", person.displayName())
                    .claim("roles", person.roles())
                    .claim("azp", context.getRegisteredClient().getClientId());
            if (person.limitedToPrograms()) {
                context.getClaims().claim("programs", person.programs());
            }
        } else if (ID_TOKEN.equals(context.getTokenType())) {
            context.getClaims()
                    .claim("name", person.displayName())
                    .claim("preferred_username", person.username())
                    .claim("roles", person.roles());
        }
    }

    private void client(JwtEncodingContext context) {
        ClientDefinition client = clients.get(context.getRegisteredClient().getClientId());
        context.getClaims().claim("roles", client.roles());
        if (client.limitedToPrograms()) {
            context.getClaims().claim("programs", client.programs());
        }
    }
}
