package org.peermentor.localstack;

import java.util.ArrayList;
import java.util.List;
import org.peermentor.localstack.auth.DemoCredentials;

/**
 * The services {@code ./run-local} starts, in this order: the OAuth2 issuer first, then the three services, each
 * told where the issuer's keys are. A new service is one more line here.
 */
final class Services {

    /** Boot's resource-server properties: the JWKS to verify signatures with, and the {@code iss} every token must name. */
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private Services() {
    }

    static List<ServiceSpec> all(LocalStackSettings settings) {
        return List.of(
                new ServiceSpec("auth-server", settings.authPort(), null, List.of(
                        "--auth.clients-file=" + settings.dataDir().resolve(DemoCredentials.FILE_NAME),
                        "--auth.data-dir=" + settings.dataDir().resolve("auth"),
                        "--spring.security.oauth2.authorizationserver.issuer=" + settings.issuer())),
                new ServiceSpec("intake-service", settings.intakePort(), "intake", verifyingTokens(settings)),
                new ServiceSpec("matching-service", settings.matchingPort(), "matching", verifyingTokens(settings)),
                new ServiceSpec("notification-service", settings.notificationPort(), "notification", verifyingTokens(settings,
                        "--notification.matching-base-url=http://localhost:" + settings.matchingPort())));
    }

    private static List<String> verifyingTokens(LocalStackSettings settings, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--" + JWK_SET_URI + "=" + settings.issuer() + "/oauth2/jwks",
                "--" + ISSUER_URI + "=" + settings.issuer()));
        arguments.addAll(List.of(more));
        return arguments;
    }
}
