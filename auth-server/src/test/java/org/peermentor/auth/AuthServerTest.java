package org.peermentor.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issuer over real HTTP, as the local stack's clients and the services meet it: client-credentials tokens with
 * the client's roles and programs, refused for a wrong secret, verifiable with the published keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AuthServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PORT = freePort();
    private static final String ISSUER = "http://localhost:" + PORT;

    @TempDir
    static Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) throws IOException {
        Path clients = data.resolve("clients.json");
        Files.writeString(clients, """
                [{"clientId": "intake-desk", "clientSecret": "intake-secret", "roles": ["INTAKE"], "programs": []},
                 {"clientId": "recovery-manager", "clientSecret": "recovery-secret", "roles": ["PROGRAM_MANAGER"],
                  "programs": ["demo-recovery"]}]""");
        registry.add("server.port", () -> PORT);
        registry.add("auth.clients-file", clients::toString);
        registry.add("auth.data-dir", () -> data.resolve("auth").toString());
    }

    @Test
    void aClientGetsATokenNamingItAndItsRolesAndNoProgramLimit() throws Exception {
        HttpResponse<String> response = token(basic("intake-desk", "intake-secret"), "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isBetween(890, 900);
        Jwt token = verifier().decode(body.path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("intake-desk");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("INTAKE");
        assertThat(token.hasClaim("programs"))
                .as("absent programs means every program")
                .isFalse();
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void aServicesSwaggerUiMayAskForATokenFromTheBrowser() throws Exception {
        HttpResponse<String> preflight = preflight("http://localhost:8082");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://localhost:8082");
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                        .header("Origin", "http://localhost:8082")
                        .header("Authorization", basic("intake-desk", "intake-secret"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8082");
    }

    @Test
    void aPageOfAnyOtherOriginMayNot() throws Exception {
        HttpResponse<String> preflight = preflight("https://elsewhere.example");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void aProgramLimitedManagersTokenNamesItsPrograms() throws Exception {
        HttpResponse<String> response = token(
                null,
                "grant_type=client_credentials&client_id=recovery-manager" + "&client_secret="
                        + URLEncoder.encode("recovery-secret", StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt token = verifier()
                .decode(JSON.readTree(response.body()).path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("recovery-manager");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("PROGRAM_MANAGER");
        assertThat(token.getClaimAsStringList("programs")).containsExactly("demo-recovery");
    }

    @Test
    void aWrongSecretOrAnUnknownClientGetsNoToken() throws Exception {
        HttpResponse<String> wrongSecret = token(basic("intake-desk", "guess"), "grant_type=client_credentials");
        HttpResponse<String> unknown = token(basic("somebody", "intake-secret"), "grant_type=client_credentials");

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrongSecret.body()).path("error").asString()).isEqualTo("invalid_client");
        assertThat(wrongSecret.body()).doesNotContain("access_token");
        assertThat(unknown.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenVerifiesWithThePublishedKeysAndAnAlteredOneDoesNot() throws Exception {
        String token = JSON.readTree(token(basic("intake-desk", "intake-secret"), "grant_type=client_credentials")
                        .body())
                .path("access_token")
                .asString();
        String[] parts = token.split("\\.");
        String claimsAsManager = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"INTAKE\"", "\"PROGRAM_MANAGER\"")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(verifier().decode(token).getIssuer().toString()).isEqualTo(ISSUER);
        assertThatThrownBy(() -> verifier().decode(parts[0] + "." + claimsAsManager + "." + parts[2]))
                .hasMessageContaining("signature");
    }

    @Test
    void theHealthEndpointsAreOpenAndNothingElseIs() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> elsewhere = get("/actuator/env");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).path("status").asString()).isEqualTo("UP");
        assertThat(elsewhere.statusCode()).isIn(401, 403);
    }

    @Test
    void theSigningKeyIsKeptInTheDataFolderForItsOwnerOnly() throws Exception {
        Path key = data.resolve("auth").resolve(SigningKey.FILE_NAME);

        assertThat(key).exists();
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                    .isEqualTo("rw-------");
        }
    }

    /** Verifies as the services do: signature from the JWKS, expiry, and the issuer. */
    private static JwtDecoder verifier() {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    private HttpResponse<String> token(String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a browser asks before a script on {@code origin} may post a client's credentials for a token. */
    private HttpResponse<String> preflight(String origin) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization,content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ISSUER + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String clientId, String secret) {
        return "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
