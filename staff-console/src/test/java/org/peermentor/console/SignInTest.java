package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.form;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.StubBackend.Person;
import org.peermentor.console.support.StubBackend.Received;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

class SignInTest extends ConsoleTest {

    @Test
    void aPageAskedForWithoutASessionGoesStraightToTheIssuersSignInWithPkce() {
        EntityExchangeResult<String> page = browser.get("/participants?programId=demo-recovery");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(Browser.location(page)).isEqualTo("/oauth2/authorization/staff-console");

        UriComponents authorize = UriComponentsBuilder.fromUriString(
                        Browser.location(browser.get(Browser.location(page))))
                .build();

        assertThat(authorize.toUriString()).startsWith(stub.url("/oauth2/authorize"));
        assertThat(authorize.getQueryParams().getFirst("client_id")).isEqualTo("staff-console");
        assertThat(authorize.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(authorize.getQueryParams().getFirst("code_challenge")).isNotBlank();
        assertThat(authorize.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.getQueryParams().getFirst("redirect_uri"))
                .isEqualTo(browser.base() + "/login/oauth2/code/staff-console");
    }

    @Test
    void signingInReturnsToThePageAskedForAndTheCodeIsRedeemedWithItsVerifierAndTheClientSecret() {
        stub.answer("GET", "/api/participants", 200, "[]");
        EntityExchangeResult<String> back = browser.signIn("/participants?programId=demo-recovery", Person.INTAKE);

        assertThat(back.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(Browser.location(back)).endsWith("/participants?programId=demo-recovery");
        Received token = stub.last("POST", "/oauth2/token");
        String form = token.body();
        assertThat(form).contains("grant_type=authorization_code", "code=the-code", "code_verifier=");
        assertThat(token.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("staff-console:console-secret".getBytes()));

        assertThat(browser.page(Browser.location(back), HttpStatus.OK))
                .contains("Signed in as <strong>Ida Intake</strong>");
        assertThat(stub.last("GET", "/api/participants").header("Authorization"))
                .isEqualTo("Bearer access-intake");
    }

    @Test
    void anAccessTokenAboutToExpireIsRefreshedWithTheRefreshTokenBeforeAServiceIsCalled() {
        stub.tokensLast(30); // within the client's minute of clock skew: due for a refresh at once
        browser.signedInAs(Person.INTAKE);
        stub.answer("GET", "/api/participants", 200, "[]");

        browser.get("/participants");

        assertThat(stub.received("POST", "/oauth2/token"))
                .anySatisfy(token ->
                        assertThat(token.body()).contains("grant_type=refresh_token", "refresh_token=refresh-intake"));
        assertThat(stub.last("GET", "/api/participants").header("Authorization"))
                .isEqualTo("Bearer access-intake");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheTokensNeverReachTheBrowser() {
        EntityExchangeResult<String> back = browser.signIn("/", Person.INTAKE);

        assertThat(back.getResponseHeaders().get("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .containsIgnoringCase("HttpOnly")
                        .contains("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
        assertThat(browser.cookies()).containsOnlyKeys("SESSION");
        String home = browser.get("/").getResponseBody();
        assertThat(home).doesNotContain("access-intake", "refresh-intake", stub.lastIdToken());
    }

    @Test
    void signingOutEndsTheSessionAndTheIssuersSessionAndTheOldCookieGetsNothing() {
        browser.signedInAs(Person.INTAKE);
        String idToken = stub.lastIdToken();
        String oldSession = browser.cookies().get("SESSION");

        EntityExchangeResult<String> out = browser.submit("/", "/logout", form());

        assertThat(out.getStatus()).isEqualTo(HttpStatus.FOUND);
        UriComponents logout =
                UriComponentsBuilder.fromUriString(Browser.location(out)).build();
        assertThat(logout.toUriString()).startsWith(stub.url("/connect/logout"));
        assertThat(logout.getQueryParams().getFirst("id_token_hint")).isEqualTo(idToken);
        assertThat(logout.getQueryParams().getFirst("post_logout_redirect_uri"))
                .isIn(
                        browser.base() + "/",
                        (browser.base() + "/").replace(":", "%3A").replace("/", "%2F"));

        browser.cookies().put("SESSION", oldSession);
        EntityExchangeResult<String> again = browser.get("/participants");
        assertThat(again.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(Browser.location(again)).isEqualTo("/oauth2/authorization/staff-console");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAPageInTheConsolesLook() {
        browser.signedInAs(Person.INTAKE);

        String refused =
                Browser.body(browser.post("/participants/new", form("firstName", "Ana")), HttpStatus.FORBIDDEN);

        assertThat(refused).contains("/theme/console.css", "You cannot do this");
        assertThat(stub.received("POST", "/api/participants")).isEmpty();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (EntityExchangeResult<String> response : List.of(browser.get("/"), browser.get("/theme/console.css"))) {
            String policy = Browser.header(response, "Content-Security-Policy");
            assertThat(policy)
                    .contains(
                            "default-src 'self'",
                            "script-src 'self'",
                            "style-src 'self'",
                            "frame-ancestors 'none'",
                            "base-uri 'none'",
                            "form-action 'self' " + stub.url("/").replaceAll("/$", ""));
            assertThat(policy).doesNotContain("unsafe-inline");
            assertThat(Browser.header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(Browser.header(response, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(Browser.header(response, "Referrer-Policy")).isEqualTo("same-origin");
        }
    }
}
