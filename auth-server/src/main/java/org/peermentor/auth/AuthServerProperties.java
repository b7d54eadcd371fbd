package org.peermentor.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuer's settings ({@code auth.*}); the people's settings are {@link org.peermentor.auth.people.PeopleSettings}.
 *
 * @param clientsFile the clients, as {@code [{"clientId","clientSecret","roles":[…],"programs":[…]}]}, a browser
 *                    client with {@code "redirectUris":[…]} and {@code "postLogoutRedirectUris":[…]} too
 * @param dataDir where the signing key is kept, so that tokens stay valid across a restart
 * @param tokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long a person stays signed in to a browser client without signing in again
 * @param apiDocsOrigins the pages that may ask for a token from a browser script: each service's Swagger UI, whose
 *                       Authorize button posts a client's id and secret to {@code /oauth2/token}; no other endpoint
 *                       answers a script from another origin
 */
@ConfigurationProperties("auth")
record AuthServerProperties(
        Path clientsFile,
        @DefaultValue("auth-data") Path dataDir,
        @DefaultValue("15m") Duration tokenLifetime,
        @DefaultValue("8h") Duration refreshTokenLifetime,

        @DefaultValue({"http://localhost:8081", "http://localhost:8082", "http://localhost:8083"})
        List<String> apiDocsOrigins) {

    AuthServerProperties {
        if (clientsFile == null) {
            throw new IllegalArgumentException("auth.clients-file is not set: name the JSON file of the clients"
                    + " (e.g. --auth.clients-file=.local-data/demo-credentials.json)");
        }
    }
}
