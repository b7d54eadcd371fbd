package org.peermentor.matching.audit;

import java.time.Duration;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The audit trail's indexes, made at start: a pairing's and a program's entries are read by those ids. */
@Configuration(proxyBeanMethods = false)
class AuditStartup {

    @Bean
    @Order(0)
    ApplicationRunner auditIndexes(ManagerActions audit) {
        return args -> audit.ensureIndexes().block(Duration.ofSeconds(60)); // startup, before readiness
    }
}
