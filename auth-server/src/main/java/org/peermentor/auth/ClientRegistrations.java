package org.peermentor.auth;

import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * How a client of the clients file is registered with Spring Authorization Server: a machine client gets the
 * client-credentials grant; a browser client the authorization code (PKCE required, no consent screen) and refresh
 * tokens, each refresh token used once.
 */
final class ClientRegistrations {

    private final PasswordEncoder encoder;
    private final Duration tokenLifetime;
    private final Duration refreshTokenLifetime;

    ClientRegistrations(PasswordEncoder encoder, AuthServerProperties properties) {
        this.encoder = encoder;
        this.tokenLifetime = properties.tokenLifetime();
        this.refreshTokenLifetime = properties.refreshTokenLifetime();
    }

    RegisteredClient register(ClientDefinition client) {
        RegisteredClient.Builder registered = RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                // hashed: only the clients file holds the secret itself, and checks take constant time
                .clientSecret(encoder.encode(client.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return client.browserClient() ? signingPeopleIn(registered, client) : machine(registered);
    }

    private RegisteredClient machine(RegisteredClient.Builder registered) {
        return registered
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(tokenLifetime)
                        .build())
                .build();
    }

    private RegisteredClient signingPeopleIn(RegisteredClient.Builder registered, ClientDefinition client) {
        return registered
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                // the console is the issuer's own: asking people to consent to it would only teach them to click yes
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(tokenLifetime)
                        .refreshTokenTimeToLive(refreshTokenLifetime)
                        // a stolen refresh token is spent once its owner's console refreshes
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }
}
