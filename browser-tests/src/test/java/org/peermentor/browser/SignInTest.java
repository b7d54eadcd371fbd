package org.peermentor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.peermentor.browser.support.Browser;
import org.peermentor.browser.support.ConsoleStack;

/** People sign in to the console as themselves on the issuer's page, and signing out ends their session. */
@ExtendWith(ConsoleStack.class)
class SignInTest {

    private static final String SESSION_COOKIE = "SESSION";

    @Test
    void aPageAskedForWithoutASessionLeadsToTheSignInPageAndBackToThatPage() {
        try (Browser browser = Browser.open()) {
            browser.go("/participants/new");

            assertThat(browser.url()).startsWith(ConsoleStack.issuerUrl() + "/login");
            browser.check("sign-in");

            browser.signIn("intake", ConsoleStack.password("intake"));
            assertThat(browser.url()).isEqualTo(ConsoleStack.consoleUrl() + "/participants/new");
        }
    }

    @Test
    void aWrongPasswordIsRefusedInWords() {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.type("username", "manager")
                    .type("password", "not-the-password")
                    .field("password")
                    .submit();

            browser.awaitText("do not match");
            assertThat(browser.url()).startsWith(ConsoleStack.issuerUrl() + "/login");
            browser.check("sign-in-refused");
        }
    }

    @Test
    void theHomePageSaysWhatThePersonCanDo() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake");

            assertThat(browser.text()).contains("Register a participant").contains("Import");
            browser.check("home-intake");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake");

            Cookie session = browser.cookie(SESSION_COOKIE);
            assertThat(session).as("the console's session cookie").isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isIn("Lax", "Strict");
        }
    }

    @Test
    void afterSigningOutTheOldSessionCookieGetsNothing() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signInAs("intake");
            String oldSession = browser.cookie(SESSION_COOKIE).getValue();
            assertThat(statusWith(oldSession, "/")).isEqualTo(200);

            browser.signOut();

            assertThat(statusWith(oldSession, "/"))
                    .as("the old cookie after sign-out")
                    .isEqualTo(302);
            browser.go("/participants/new");
            assertThat(browser.url())
                    .as("the issuer's session ended too")
                    .startsWith(ConsoleStack.issuerUrl() + "/login");
        }
    }

    private static int statusWith(String session, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ConsoleStack.consoleUrl() + path))
                .header("Cookie", SESSION_COOKIE + "=" + session)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
