package org.peermentor.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.DemoUsers;

/**
 * The services {@code ./run-local} starts, in this order: the OAuth2 issuer first, then the three services, each
 * told where the issuer's keys are, then the staff console, told where the issuer and the services are. With
 * {@code --instances N} each of the three services runs N times, each instance on its own port, and the console talks
 * to the first; {@code --no-console} leaves the console out. A new service is one more line here.
 */
final class Services {

    /** Boot's resource-server properties: the JWKS to verify signatures with, and the {@code iss} every token must name. */
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String CONSOLE = "staff-console";
    /** Boot's OAuth2 client properties of the console: its registration, and the issuer's endpoints (no discovery). */
    static final String REGISTRATIONS = "spring.security.oauth2.client.registration.";

    private static final String PROVIDER = "spring.security.oauth2.client.provider.peermentor";

    /**
     * With more than one instance: a consumer that stops heartbeating leaves its group after 10 s instead of Kafka's
     * 45 s, so a killed instance's partitions reach the others that much sooner. Not shorter: on a busy laptop a
     * garbage collection or a starved heartbeat thread must not throw a live instance out of its group. The
     * heartbeat (3 s by default) stays within a third of it, as Kafka asks.
     */
    static final Map<String, String> QUICK_FAILOVER =
            Map.of("spring.kafka.consumer.properties.session.timeout.ms", "10000");

    /**
     * With more than one instance: a round holds its program for 10 s without a renewal instead of 30 s (renewed
     * every 3.3 s while it runs), so the instances left take over a dead instance's round about 10 s after it died.
     * Not shorter: a renewal late by a lease's two thirds (a long pause, MongoDB slow under the whole stack) would
     * have a live round failed and started again elsewhere; fencing keeps that safe, but it wastes the round.
     */
    static final Map<String, String> SHORT_ROUND_LEASE = Map.of("matching.rounds.lease", "10s");

    private Services() {}

    static List<ServiceSpec> all(LocalStackSettings settings) {
        List<ServiceSpec> all = new ArrayList<>();
        all.add(new ServiceSpec(
                "auth-server",
                settings.authPort(),
                null,
                List.of(
                        "--auth.clients-file=" + settings.dataDir().resolve(DemoCredentials.FILE_NAME),
                        "--auth.users-file=" + settings.dataDir().resolve(DemoUsers.FILE_NAME),
                        "--auth.data-dir=" + settings.dataDir().resolve("auth"),
                        "--spring.security.oauth2.authorizationserver.issuer=" + settings.issuer(),
                        "--auth.api-docs-origins=" + apiDocsOrigins(settings))));
        all.addAll(instances(
                settings,
                new ServiceSpec("intake-service", settings.intakePort(), "intake", verifyingTokens(settings))));
        all.addAll(instances(
                settings,
                new ServiceSpec("matching-service", settings.matchingPort(), "matching", verifyingTokens(settings))
                        .with(settings.instances() > 1 ? SHORT_ROUND_LEASE : Map.of())));
        all.addAll(instances(
                settings,
                new ServiceSpec(
                        "notification-service",
                        settings.notificationPort(),
                        "notification",
                        verifyingTokens(
                                settings,
                                "--notification.matching-base-url=http://localhost:" + settings.matchingPort()))));
        if (!settings.noConsole()) {
            all.add(console(settings));
        }
        return List.copyOf(all);
    }

    /**
     * The service once, or as {@code --instances} instances, each on its own port, with the settings that let one
     * take over quickly from another that died.
     */
    private static List<ServiceSpec> instances(LocalStackSettings settings, ServiceSpec first) {
        if (settings.instances() == 1) {
            return List.of(first);
        }
        ServiceSpec quick = first.with(QUICK_FAILOVER);
        return IntStream.rangeClosed(1, settings.instances())
                .mapToObj(quick::instance)
                .toList();
    }

    /** The services' own pages (their Swagger UI), every instance's, which may ask the issuer for a token. */
    private static String apiDocsOrigins(LocalStackSettings settings) {
        return IntStream.rangeClosed(1, settings.instances())
                .boxed()
                .flatMap(instance -> Stream.of(
                                settings.intakePort(), settings.matchingPort(), settings.notificationPort())
                        .map(port -> "http://localhost:" + LocalStackSettings.instancePort(port, instance)))
                .collect(Collectors.joining(","));
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
