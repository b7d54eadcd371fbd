package org.peermentor.intake.web;

import static org.peermentor.service.security.Roles.INTAKE;
import static org.peermentor.service.security.Roles.PROGRAM_MANAGER;

import java.util.List;
import org.peermentor.service.security.RateLimits;
import org.peermentor.service.security.SecurityChains;
import org.peermentor.service.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may do what in intake: intake staff register, read, change, withdraw, erase and import people; program
 * managers read profiles and the audit trail; both see and name the programs. Writes are rate-limited per client
 * (an import is one write). The API's description and Swagger UI are open to read, as in every service
 * ({@link SecurityChains}).
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceSecurity.class)
class IntakeSecurity {

    private static final String[] PROFILES = {"/api/participants/**", "/api/mentors/**"};
    private static final String[] PROGRAMS = {"/api/programs", "/api/programs/*"};

    @Bean
    SecurityWebFilterChain intakeFilterChain(ServerHttpSecurity http, SecurityChains chains) {
        return chains.build(
                http,
                exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PROFILES)
                        .hasAnyRole(INTAKE, PROGRAM_MANAGER)
                        .pathMatchers(PROFILES)
                        .hasRole(INTAKE)
                        .pathMatchers("/api/audit/**")
                        .hasRole(PROGRAM_MANAGER)
                        .pathMatchers(HttpMethod.GET, PROGRAMS)
                        .hasAnyRole(INTAKE, PROGRAM_MANAGER)
                        .pathMatchers(HttpMethod.PUT, PROGRAMS)
                        .hasAnyRole(INTAKE, PROGRAM_MANAGER)
                        .pathMatchers("/api/imports", "/api/imports/**")
                        .hasRole(INTAKE),
                List.of(RateLimits.writes(200, 50)));
    }
}
