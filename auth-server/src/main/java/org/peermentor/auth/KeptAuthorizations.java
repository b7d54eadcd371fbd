package org.peermentor.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations the issuer must find again: a person's authorization code, refresh token, id token (for
 * sign-out) and access token (for {@code /userinfo}), in memory until the last of them expires. Client-credentials
 * tokens are not kept at all: they are self-contained JWTs that nobody asks this server about afterwards, and keeping
 * them would grow memory with every token the services' clients fetch.
 */
final class KeptAuthorizations implements OAuth2AuthorizationService {

    private final InMemoryOAuth2AuthorizationService kept = new InMemoryOAuth2AuthorizationService();
    // the in-memory store bounds half-done authorizations (a code not yet exchanged) but keeps finished ones forever
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;

    KeptAuthorizations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            return;
        }
        dropExpired();
        kept.save(authorization);
        if (authorization.getAccessToken() != null) {
            expiries.put(authorization.getId(), lastExpiry(authorization));
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        kept.remove(authorization);
        expiries.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return kept.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return kept.findByToken(token, tokenType);
    }

    private void dropExpired() {
        Instant now = clock.instant();
        expiries.forEach((id, expiry) -> {
            if (expiry.isBefore(now)) {
                OAuth2Authorization expired = kept.findById(id);
                if (expired != null) {
                    kept.remove(expired);
                }
                expiries.remove(id, expiry);
            }
        });
    }

    private static Instant lastExpiry(OAuth2Authorization authorization) {
        Stream<OAuth2Authorization.Token<? extends OAuth2Token>> tokens = Stream.of(
                authorization.getAccessToken(),
                authorization.getRefreshToken(),
                authorization.getToken(OidcIdToken.class));
        return tokens.filter(Objects::nonNull)
                .map(token -> token.getToken().getExpiresAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElseThrow();
    }
}
