package org.peermentor.notification.health;

import org.peermentor.testkit.ReadinessContract;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Readiness follows the broker and the store, down and back up; liveness stays UP throughout. */
class ReadinessTest extends ReadinessContract {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SharedInfrastructure.mail().smtpPort());
    }
}
