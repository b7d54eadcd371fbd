package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServicesTest {

    @Test
    void oneInstanceOfEachServiceByDefaultWithKafkasAndTheRoundsOwnTimings() {
        List<ServiceSpec> services = Services.all(LocalStackSettings.parse(new String[0], Map.of()));

        assertThat(services)
                .extracting(ServiceSpec::label)
                .containsExactly(
                        "auth-server", "intake-service", "matching-service", "notification-service", "staff-console");
        assertThat(services)
                .flatExtracting(ServiceSpec::settings)
                .noneMatch(setting -> setting.contains("session.timeout.ms") || setting.contains("rounds.lease"));
    }

    @Test
    void withoutTheConsoleEverythingElseStartsAsBefore() {
        List<ServiceSpec> services = Services.all(LocalStackSettings.parse(new String[] {"--no-console"}, Map.of()));

        assertThat(services)
                .extracting(ServiceSpec::label)
                .containsExactly("auth-server", "intake-service", "matching-service", "notification-service");
        assertThat(services)
                .containsExactlyElementsOf(Services.all(LocalStackSettings.parse(new String[0], Map.of()))
                        .subList(0, 4));
    }

    @Test
    void twoInstancesOfEachServiceOnTheirOwnPortsWithQuickFailoverAndOneIssuerAndConsole() {
        List<ServiceSpec> services =
                Services.all(LocalStackSettings.parse(new String[] {"--instances", "2"}, Map.of()));

        assertThat(services)
                .extracting(ServiceSpec::label, ServiceSpec::port)
                .containsExactly(
                        tuple("auth-server", 9000),
                        tuple("intake-service", 8081),
                        tuple("intake-service-2", 8181),
                        tuple("matching-service", 8082),
                        tuple("matching-service-2", 8182),
                        tuple("notification-service", 8083),
                        tuple("notification-service-2", 8183),
                        tuple("staff-console", 8080));
        for (ServiceSpec instance : services.subList(1, 7)) {
            assertThat(instance.settings())
                    .as(instance.label())
                    .contains(
                            "--spring.kafka.consumer.properties.session.timeout.ms=10000",
                            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000");
        }
        assertThat(services.get(4).settings()).contains("--matching.rounds.lease=10s");
        assertThat(services.get(6).settings())
                .as("the second notification instance links to the first matching instance")
                .contains("--notification.matching-base-url=http://localhost:8082");
        assertThat(services.get(7).settings())
                .contains(
                        "--console.services.intake=http://localhost:8081",
                        "--console.services.matching=http://localhost:8082");
        assertThat(services.get(0).settings())
                .anyMatch(setting -> setting.startsWith("--auth.api-docs-origins=")
                        && setting.contains(":8181")
                        && setting.contains(":8183"));
    }

    @Test
    void aSettingGivenAgainReplacesTheFirstInsteadOfJoiningIt() {
        ServiceSpec spec = new ServiceSpec("matching-service", 8082, "matching")
                .with(Map.of("matching.rounds.lease", "10s"))
                .with(Map.of("matching.rounds.lease", "5s"));

        assertThat(spec.settings()).containsExactly("--matching.rounds.lease=5s");
    }
}
