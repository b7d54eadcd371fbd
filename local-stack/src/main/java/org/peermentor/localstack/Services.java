package org.peermentor.localstack;

import java.util.List;

/** The services {@code ./run-local} starts, in this order. A new service is one more line here. */
final class Services {

    private Services() {
    }

    static List<ServiceSpec> all(LocalStackSettings settings) {
        return List.of(
                new ServiceSpec("intake-service", settings.intakePort(), "intake"),
                new ServiceSpec("matching-service", settings.matchingPort(), "matching"),
                new ServiceSpec("notification-service", settings.notificationPort(), "notification",
                        List.of("--notification.matching-base-url=http://localhost:" + settings.matchingPort())));
    }
}
