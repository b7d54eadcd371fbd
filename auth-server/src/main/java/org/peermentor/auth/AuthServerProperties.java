package org.peermentor.auth;

import java.nio.file.Path;
import java.time.Duration;
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
 */
@ConfigurationProperties("auth")
record AuthServerProperties(Path clientsFile, @DefaultValue("auth-data") Path dataDir,
                            @DefaultValue("15m") Duration tokenLifetime,
                            @DefaultValue("8h") Duration refreshTokenLifetime) {

    AuthServerProperties {
        if (clientsFile == null) {
            throw new IllegalArgumentException("auth.clients-file is not set: name the JSON file of the clients"
                    + " (e.g. --auth.clients-file=.local-data/demo-credentials.json)");
        }
    }
}
