package org.peermentor.notification.web;

import static org.peermentor.service.security.Roles.PROGRAM_MANAGER;

import java.util.List;
import org.peermentor.service.security.SecurityChains;
import org.peermentor.service.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may do what in notification: the delivery log, its only API, is for program managers. It has no write
 * endpoint, hence no rate limit. Which deliveries a manager sees is decided per record ({@link DeliveryLogController}).
 * The API's description and Swagger UI are open to read, as in every service ({@link SecurityChains}).
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceSecurity.class)
class NotificationSecurity {

    @Bean
    SecurityWebFilterChain notificationFilterChain(ServerHttpSecurity http, SecurityChains chains) {
        return chains.build(http, exchanges -> exchanges.pathMatchers("/api/**").hasRole(PROGRAM_MANAGER), List.of());
    }
}
