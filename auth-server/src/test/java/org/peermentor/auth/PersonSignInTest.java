package org.peermentor.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.auth.Browser.location;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People signing in to the staff console through the issuer, driven in plain HTTP as a browser and the console would:
 * the authorization code with PKCE, the sign-in page, refresh tokens, lock-out and sign-out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PersonSignInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PORT = AuthServerTest.freePort();
    private static final String ISSUER = "http://localhost:" + PORT;
    private static final String CONSOLE = "http://localhost:8080";
    private static final String REDIRECT_URI = CONSOLE + "/login/oauth2/code/staff-console";
    private static final String CONSOLE_SECRET = "console-secret";

    @TempDir
    static Path data;

    private final Browser browser = new Browser();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) throws IOException {
        Path clients =
                Files.writeString(data.resolve("clients.json"), """
                [{"clientId": "intake-desk", "clientSecret": "intake-secret", "roles": ["INTAKE"]},
                 {"clientId": "staff-console", "clientSecret": "%s", "roles": [],
                  "redirectUris": ["%s"], "postLogoutRedirectUris": ["%s/"]}]""".formatted(CONSOLE_SECRET, REDIRECT_URI, CONSOLE));
        Path users = Files.writeString(data.resolve("users.json"), """
                [{"username": "intake", "password": "ida-password", "displayName": "Ida Intake", "roles": ["INTAKE"]},
                 {"username": "recovery-manager", "password": "rosa-password", "displayName": "Rosa Recovery",
                  "roles": ["PROGRAM_MANAGER"], "programs": ["demo-recovery"]},
                 {"username": "forgetful", "password": "right-password", "displayName": "Fred Forgetful",
                  "roles": ["INTAKE"]},
                 {"username": "guessed", "password": "secret-password", "displayName": "Gus Guessed",
                  "roles": ["INTAKE"]}]""");
        registry.add("server.port", () -> PORT);
        registry.add("auth.clients-file", clients::toString);
        registry.add("auth.users-file", users::toString);
        registry.add("auth.data-dir", () -> data.resolve("auth").toString());
    }

    @Test
    void aPersonSignsInThroughTheConsoleAndGetsTokensNamingThem() throws Exception {
        JsonNode tokens = signInThroughTheConsole("intake", "ida-password");

        Jwt access = decoder().decode(tokens.path("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("intake");
        assertThat(access.getClaimAsString("name")).isEqualTo("Ida Intake");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("INTAKE");
        assertThat(access.hasClaim("programs"))
                .as("absent programs means every program")
                .isFalse();
        assertThat(access.getClaimAsString("azp")).isEqualTo("staff-console");
        assertThat(tokens.path("expires_in").asInt()).isBetween(890, 900);
        Jwt id = decoder().decode(tokens.path("id_token").asString());
        assertThat(id.getSubject()).isEqualTo("intake");
        assertThat(id.getClaimAsString("name")).isEqualTo("Ida Intake");
        assertThat(id.getClaimAsString("preferred_username")).isEqualTo("intake");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("INTAKE");
    }

    @Test
    void aProgramLimitedPersonsTokenNamesTheirPrograms() throws Exception {
        Jwt access = decoder()
                .decode(signInThroughTheConsole("recovery-manager", "rosa-password")
                        .path("access_token")
                        .asString());

        assertThat(access.getSubject()).isEqualTo("recovery-manager");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("PROGRAM_MANAGER");
        assertThat(access.getClaimAsStringList("programs")).containsExactly("demo-recovery");
    }

    @Test
    void theConsoleAsksWhoIsSignedInAtUserinfo() throws Exception {
        String accessToken = signInThroughTheConsole("intake", "ida-password")
                .path("access_token")
                .asString();

        HttpResponse<String> userInfo = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ISSUER + "/userinfo"))
                                .header("Authorization", "Bearer " + accessToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(userInfo.statusCode()).isEqualTo(200);
        JsonNode info = JSON.readTree(userInfo.body());
        assertThat(info.path("sub").asString()).isEqualTo("intake");
        assertThat(info.path("name").asString()).isEqualTo("Ida Intake");
        assertThat(info.path("roles").get(0).asString()).isEqualTo("INTAKE");
    }

    @Test
    void aRefreshTokenGivesANewAccessTokenAndIsSpentByIt() throws Exception {
        String refreshToken = signInThroughTheConsole("intake", "ida-password")
                .path("refresh_token")
                .asString();

        HttpResponse<String> refreshed =
                consoleToken(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        HttpResponse<String> again = consoleToken(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(refreshed.body());
        Jwt access = decoder().decode(body.path("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("intake");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("INTAKE");
        assertThat(body.path("refresh_token").asString()).isNotBlank().isNotEqualTo(refreshToken);
        assertThat(again.statusCode()).as("a refresh token is used once").isEqualTo(400);
        assertThat(JSON.readTree(again.body()).path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        browser.signIn(ISSUER, "intake", "ida-password");

        HttpResponse<String> answer = browser.get(authorizeUrl(null));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer))
                .startsWith(REDIRECT_URI)
                .contains("error=invalid_request")
                .doesNotContain("code=");
    }

    @Test
    void aBrowserWithoutASessionIsSentToSignInAndAnAppWithoutOneGets401() throws Exception {
        HttpResponse<String> browserAnswer = browser.get(authorizeUrl(challenge(verifier())));
        HttpResponse<String> appAnswer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ISSUER + "/userinfo"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(browserAnswer.statusCode()).isEqualTo(302);
        assertThat(location(browserAnswer)).isEqualTo(ISSUER + "/login");
        assertThat(appAnswer.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsToldWithoutSayingWhichPartWasWrong() throws Exception {
        HttpResponse<String> wrongPassword = browser.signIn(ISSUER, "intake", "not-it");
        HttpResponse<String> unknownPerson = browser.signIn(ISSUER, "nobody", "not-it");

        assertThat(location(wrongPassword)).isEqualTo(ISSUER + "/login?error");
        assertThat(location(unknownPerson)).isEqualTo(ISSUER + "/login?error");
        assertThat(browser.get(location(wrongPassword)).body())
                .containsPattern("role=\"alert\"[^>]*>That username and password do not match.<");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountAgainstEvenTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn(ISSUER, "guessed", "guess-" + i)))
                    .endsWith("/login?error");
        }

        HttpResponse<String> rightPassword = browser.signIn(ISSUER, "guessed", "secret-password");

        assertThat(location(rightPassword)).isEqualTo(ISSUER + "/login?locked");
        assertThat(browser.get(location(rightPassword)).body())
                .containsPattern(
                        "role=\"alert\"[^>]*>This account"
                                + " is locked for 15 minutes after 5 failed sign-ins in a row. Try again later, or ask your administrator.<");
        assertThat(location(browser.get(authorizeUrl(challenge(verifier())))))
                .as("not signed in")
                .isEqualTo(ISSUER + "/login");
    }

    @Test
    void aSuccessfulSignInClearsTheFailuresBeforeIt() throws Exception {
        for (int i = 0; i < 4; i++) {
            browser.signIn(ISSUER, "forgetful", "guess-" + i);
        }
        browser.signIn(ISSUER, "forgetful", "right-password");
        Browser later = new Browser();
        for (int i = 0; i < 4; i++) {
            later.signIn(ISSUER, "forgetful", "guess-" + i);
        }

        assertThat(location(later.signIn(ISSUER, "forgetful", "right-password")))
                .doesNotContain("locked")
                .doesNotContain("error");
    }

    @Test
    void signingOutAtTheIssuerEndsTheSessionAndReturnsToTheConsole() throws Exception {
        String idToken = signInThroughTheConsole("intake", "ida-password")
                .path("id_token")
                .asString();

        HttpResponse<String> signOut = browser.get(ISSUER + "/connect/logout?"
                + Browser.form(Map.of("id_token_hint", idToken, "post_logout_redirect_uri", CONSOLE + "/")));

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(location(signOut)).isEqualTo(CONSOLE + "/");
        assertThat(location(browser.get(authorizeUrl(challenge(verifier()))))).isEqualTo(ISSUER + "/login");
    }

    @Test
    void signingOutOnTheIssuersOwnPageSaysSo() throws Exception {
        browser.signIn(ISSUER, "intake", "ida-password");
        String csrf = Browser.csrf(browser.get(ISSUER + "/login").body());

        HttpResponse<String> signOut = browser.post(ISSUER + "/logout", Map.of("_csrf", csrf));

        assertThat(location(signOut)).isEqualTo(ISSUER + "/login?logout");
        assertThat(browser.get(location(signOut)).body()).containsPattern("role=\"status\"[^>]*>You are signed out.<");
    }

    @Test
    void aSignInWithoutItsCsrfTokenIsRefused() throws Exception {
        browser.get(ISSUER + "/login");

        HttpResponse<String> answer =
                browser.post(ISSUER + "/login", Map.of("username", "intake", "password", "ida-password"));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInPageIsAnAccessibleFormInTheConsolesLookWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = browser.get(ISSUER + "/login");
        HttpResponse<String> stylesheet = browser.get(ISSUER + "/theme/console.css");

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("default-src 'none'")
                .doesNotContain("unsafe-inline")
                .contains("form-action 'self' " + CONSOLE);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.body())
                .contains("<html lang=\"en\"")
                .contains("<h1>Sign in to the staff console</h1>")
                .contains("<link rel=\"stylesheet\" href=\"/theme/console.css\">")
                .contains("<label for=\"username\">")
                .contains("autocomplete=\"username\"")
                .contains("<label for=\"password\">")
                .contains("autocomplete=\"current-password\"")
                .doesNotContain("<script")
                .doesNotContain("style=");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/css");
    }

    @Test
    void theConsolesClientGetsNoTokensOfItsOwn() throws Exception {
        HttpResponse<String> answer = consoleToken(Map.of("grant_type", "client_credentials"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("error").asString()).isEqualTo("unauthorized_client");
    }

    /** What the console does for a person: authorize with PKCE, sign in, take the code back, exchange it. */
    private JsonNode signInThroughTheConsole(String username, String password) throws Exception {
        String verifier = verifier();
        HttpResponse<String> toSignIn = browser.get(authorizeUrl(challenge(verifier)));
        assertThat(location(toSignIn)).isEqualTo(ISSUER + "/login");
        HttpResponse<String> signedIn = browser.signIn(ISSUER, username, password);
        assertThat(location(signedIn)).as("back to the authorization request").startsWith(ISSUER + "/oauth2/authorize");
        HttpResponse<String> withCode = browser.get(location(signedIn));
        URI callback = URI.create(location(withCode));
        assertThat(callback.toString()).startsWith(REDIRECT_URI);
        Map<String, String> query =
                UriComponentsBuilder.fromUri(callback).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("state", "some-state");

        HttpResponse<String> tokens = consoleToken(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                query.get("code"),
                "redirect_uri",
                REDIRECT_URI,
                "code_verifier",
                verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body());
    }

    private static String authorizeUrl(String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>(Map.of(
                "response_type",
                "code",
                "client_id",
                "staff-console",
                "scope",
                "openid profile",
                "redirect_uri",
                REDIRECT_URI,
                "state",
                "some-state"));
        if (codeChallenge != null) {
            query.put("code_challenge", codeChallenge);
            query.put("code_challenge_method", "S256");
        }
        return ISSUER + "/oauth2/authorize?" + Browser.form(query);
    }

    private static HttpResponse<String> consoleToken(Map<String, String> form) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString(("staff-console:" + CONSOLE_SECRET).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Verifies as the services do: signature from the JWKS, expiry, and the issuer. */
    private static JwtDecoder decoder() {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }
}
