package org.peermentor.service.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Swagger UI's client-credentials form asks for a token ({@code peermentor.api-docs.token-url}); the default
 * is the local stack's issuer, as the resource server's default key set is.
 */
@ConfigurationProperties("peermentor.api-docs")
public record ApiDocsSettings(String tokenUrl) {

    public ApiDocsSettings {
        tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? "http://localhost:9000/oauth2/token" : tokenUrl;
    }
}
