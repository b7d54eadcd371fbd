package org.peermentor.console.security;

import java.net.URI;
import org.peermentor.console.ConsoleProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * After the console's session has ended, sends the browser to the issuer's RP-initiated logout so the issuer's
 * session ends too (otherwise the next visit would sign the same person in again without a password). The console
 * starts without discovery, so the issuer's logout endpoint is a setting and the redirect is built here.
 */
@Component
class IssuerLogout implements ServerLogoutSuccessHandler {

    private final URI issuerLogoutUri;

    IssuerLogout(ConsoleProperties properties) {
        this.issuerLogoutUri = properties.issuerLogoutUri();
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        ServerHttpRequest request = exchange.getExchange().getRequest();
        UriComponentsBuilder target = UriComponentsBuilder.fromUri(issuerLogoutUri);
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser person) {
            target.queryParam("id_token_hint", person.getIdToken().getTokenValue());
        }
        target.queryParam("post_logout_redirect_uri", baseUrl(request));
        ServerHttpResponse response = exchange.getExchange().getResponse();
        response.setStatusCode(HttpStatus.FOUND);
        response.getHeaders().setLocation(target.encode().build().toUri());
        return response.setComplete();
    }

    private static String baseUrl(ServerHttpRequest request) {
        URI uri = request.getURI();
        return UriComponentsBuilder.newInstance()
                .scheme(uri.getScheme())
                .host(uri.getHost())
                .port(uri.getPort())
                .path("/")
                .build()
                .toUriString();
    }
}
