package org.peermentor.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.fixtures.MovableClock;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class KeptAuthorizationsTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final RegisteredClient CONSOLE = RegisteredClient.withId("staff-console")
            .clientId("staff-console")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost:8080/login/oauth2/code/staff-console")
            .build();

    @Test
    void aPersonsAuthorizationIsFoundByItsTokensUntilTheLastOfThemExpires() {
        KeptAuthorizations kept = new KeptAuthorizations(Clock.fixed(NOW, ZoneOffset.UTC));
        OAuth2Authorization signedIn =
                authorization("a1", AuthorizationGrantType.AUTHORIZATION_CODE, Duration.ofHours(8));

        kept.save(signedIn);

        assertThat(kept.findById("a1")).isEqualTo(signedIn);
        assertThat(kept.findByToken("refresh-a1", OAuth2TokenType.REFRESH_TOKEN))
                .isEqualTo(signedIn);
        assertThat(kept.findByToken("access-a1", OAuth2TokenType.ACCESS_TOKEN)).isEqualTo(signedIn);
    }

    @Test
    void expiredAuthorizationsAreDroppedSoMemoryDoesNotGrow() {
        MovableClock clock = new MovableClock(NOW);
        KeptAuthorizations kept = new KeptAuthorizations(clock);
        kept.save(authorization("old", AuthorizationGrantType.AUTHORIZATION_CODE, Duration.ofHours(8)));
        clock.move(Duration.ofHours(8).plusSeconds(1));

        kept.save(authorization("new", AuthorizationGrantType.AUTHORIZATION_CODE, Duration.ofHours(8)));

        assertThat(kept.findById("old")).isNull();
        assertThat(kept.findByToken("refresh-old", OAuth2TokenType.REFRESH_TOKEN))
                .isNull();
        assertThat(kept.findById("new")).isNotNull();
    }

    @Test
    void clientCredentialsAuthorizationsAreNotKept() {
        KeptAuthorizations kept = new KeptAuthorizations(Clock.fixed(NOW, ZoneOffset.UTC));

        kept.save(authorization("cc", AuthorizationGrantType.CLIENT_CREDENTIALS, null));

        assertThat(kept.findById("cc")).isNull();
        assertThat(kept.findByToken("access-cc", null)).isNull();
    }

    private static OAuth2Authorization authorization(
            String id, AuthorizationGrantType grant, Duration refreshLifetime) {
        OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(CONSOLE)
                .id(id)
                .principalName("intake")
                .authorizationGrantType(grant)
                .accessToken(new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, "access-" + id, NOW, NOW.plus(Duration.ofMinutes(15))));
        if (refreshLifetime != null) {
            authorization.refreshToken(new OAuth2RefreshToken("refresh-" + id, NOW, NOW.plus(refreshLifetime)));
        }
        return authorization.build();
    }
}
