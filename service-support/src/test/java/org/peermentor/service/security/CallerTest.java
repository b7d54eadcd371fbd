package org.peermentor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A caller names the person a token speaks for, the client they came through, and how to call them. */
class CallerTest {

    @Test
    void aPersonsTokenNamesThePersonAndTheClientTheySignedInThrough() {
        Caller caller = Caller.of(new JwtAuthenticationToken(token(
                Map.of("sub", "intake", "name", "Ida Intake", "azp", "staff-console", "roles", List.of("INTAKE")))));

        assertThat(caller.subject()).isEqualTo("intake");
        assertThat(caller.displayName()).isEqualTo("Ida Intake");
        assertThat(caller.clientId()).isEqualTo("staff-console");
        assertThat(caller.roles()).containsExactly("INTAKE");
    }

    @Test
    void aClientsTokenSpeaksForTheClientItself() {
        Caller caller = Caller.of(new JwtAuthenticationToken(
                token(Map.of("sub", "intake-desk", "client_id", "intake-desk", "roles", List.of("INTAKE")))));

        assertThat(caller.subject()).isEqualTo("intake-desk");
        assertThat(caller.displayName()).as("no name claim: the subject").isEqualTo("intake-desk");
        assertThat(caller.clientId()).isEqualTo("intake-desk");
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
