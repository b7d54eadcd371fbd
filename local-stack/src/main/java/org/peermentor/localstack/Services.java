package org.peermentor.localstack;

import java.util.ArrayList;
import java.util.List;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.DemoUsers;

/**
 * The services {@code ./run-local} starts, in this order: the OAuth2 issuer first, then the three services, each
 * told where the issuer's keys are, then the staff console, told where the issuer and the services are. A new
 * service is one more line here.
 */
final class Services {

    /** Boot's resource-server properties: the JWKS to verify signatures with, and the {@code iss} every token must name. */
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String CONSOLE = "staff-console";
    /** Boot's OAuth2 client properties of the console: its registration, and the issuer's endpoints (no discovery). */
    static final String REGISTRATIONS = "spring.security.oauth2.client.registration.";

    private static final String PROVIDER = "spring.security.oauth2.client.provider.peermentor";

    private Services() {}

    static List<ServiceSpec> all(LocalStackSettings settings) {
        return List.of(
                new ServiceSpec(
                        "auth-server",
                        settings.authPort(),
                        null,
                        List.of(
                                "--auth.clients-file=" + settings.dataDir().resolve(DemoCredentials.FILE_NAME),
                                "--auth.users-file=" + settings.dataDir().resolve(DemoUsers.FILE_NAME),
                                "--auth.data-dir=" + settings.dataDir().resolve("auth"),
                                "--spring.security.oauth2.authorizationserver.issuer=" + settings.issuer(),
                                "--auth.api-docs-origins=" + apiDocsOrigins(settings))),
                new ServiceSpec("intake-service", settings.intakePort(), "intake", verifyingTokens(settings)),
                new ServiceSpec("matching-service", settings.matchingPort(), "matching", verifyingTokens(settings)),
                new ServiceSpec(
                        "notification-service",
                        settings.notificationPort(),
                        "notification",
                        verifyingTokens(
                                settings,
                                "--notification.matching-base-url=http://localhost:" + settings.matchingPort())),
                console(settings));
    }

    /** The services' own pages (their Swagger UI), which may ask the issuer for a token from the browser. */
    private static String apiDocsOrigins(LocalStackSettings settings) {
        return String.join(
                ",",
                "http://localhost:" + settings.intakePort(),
                "http://localhost:" + settings.matchingPort(),
                "http://localhost:" + settings.notificationPort());
    }

    /**
     * The staff console, signing people in at the issuer and calling the three services with their tokens. Its
     * client secret is not among these arguments: a command line is visible to every user of the machine and is
     * written into the service's log, so the secret goes in its environment at launch.
     */
    static ServiceSpec console(LocalStackSettings settings) {
        String issuer = settings.issuer();
        return new ServiceSpec(
                        CONSOLE,
                        settings.consolePort(),
                        null,
                        List.of(
                                "--" + REGISTRATIONS + DemoCredentials.STAFF_CONSOLE + ".client-id="
                                        + DemoCredentials.STAFF_CONSOLE,
                                "--" + PROVIDER + ".authorization-uri=" + issuer + "/oauth2/authorize",
                                "--" + PROVIDER + ".token-uri=" + issuer + "/oauth2/token",
                                "--" + PROVIDER + ".jwk-set-uri=" + issuer + "/oauth2/jwks",
                                "--" + PROVIDER + ".user-info-uri=" + issuer + "/userinfo",
                                "--console.issuer-logout-uri=" + issuer + "/connect/logout",
                                "--console.services.intake=http://localhost:" + settings.intakePort(),
                                "--console.services.matching=http://localhost:" + settings.matchingPort(),
                                "--console.services.notification=http://localhost:" + settings.notificationPort()))
                .signingInAs(DemoCredentials.STAFF_CONSOLE)
                .optionalWhenNotBuilt();
    }

    private static List<String> verifyingTokens(LocalStackSettings settings, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--" + JWK_SET_URI + "=" + settings.issuer() + "/oauth2/jwks",
                "--" + ISSUER_URI + "=" + settings.issuer()));
        arguments.addAll(List.of(more));
        return arguments;
    }
}
