package org.peermentor.auth;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Which other pages' browsers may ask the issuer for a token: the services' API pages (Swagger UI), nothing else. */
@Configuration(proxyBeanMethods = false)
class TokenRequestCors {

    /**
     * Swagger UI's Authorize button asks for a client-credentials token from the service's own page, so the browser
     * first asks the issuer whether that page may: only {@code /oauth2/token}, only a POST, only from those pages.
     * Every filter chain's CORS check reads this one source (the browser's question, an OPTIONS request, is not one
     * of the authorization server's endpoints), and it names no other path.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(AuthServerProperties properties) {
        CorsConfiguration tokenRequests = new CorsConfiguration();
        tokenRequests.setAllowedOrigins(properties.apiDocsOrigins());
        tokenRequests.setAllowedMethods(List.of("POST"));
        tokenRequests.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/oauth2/token", tokenRequests);
        return source;
    }
}
