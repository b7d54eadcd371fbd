package org.peermentor.console;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's own settings; the sign-in client and the issuer's endpoints use Spring Boot's standard
 * {@code spring.security.oauth2.client.*} names instead.
 *
 * @param issuerLogoutUri the issuer's RP-initiated logout endpoint: sign-out ends the issuer's session there too
 * @param services        base URLs of the services the console calls with the signed-in person's token
 */
@ConfigurationProperties("console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:9000/connect/logout")
        URI issuerLogoutUri,

        @DefaultValue Services services) {

    public record Services(
            @DefaultValue("http://localhost:8081") String intake,
            @DefaultValue("http://localhost:8082") String matching,
            @DefaultValue("http://localhost:8083") String notification) {}
}
