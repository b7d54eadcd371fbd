package org.peermentor.console.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console as it runs, on a random port, with the issuer and the services played by one {@link StubBackend}.
 * Every test class extends this one, so all of them share one Spring context and one stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ConsoleTest {

    protected static final StubBackend stub = new StubBackend();

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @DynamicPropertySource
    static void pointAtTheStub(DynamicPropertyRegistry properties) {
        String provider = "spring.security.oauth2.client.provider.peermentor.";
        properties.add(provider + "authorization-uri", () -> stub.url("/oauth2/authorize"));
        properties.add(provider + "token-uri", () -> stub.url("/oauth2/token"));
        properties.add(provider + "jwk-set-uri", () -> stub.url("/oauth2/jwks"));
        properties.add(provider + "user-info-uri", () -> stub.url("/userinfo"));
        properties.add(
                "spring.security.oauth2.client.registration.staff-console.client-secret", () -> "console-secret");
        properties.add("console.issuer-logout-uri", () -> stub.url("/connect/logout"));
        properties.add("console.services.intake", () -> stub.url("/").replaceAll("/$", ""));
        properties.add("console.services.matching", () -> stub.url("/").replaceAll("/$", ""));
        properties.add("console.services.notification", () -> stub.url("/").replaceAll("/$", ""));
    }

    @BeforeEach
    void freshBrowserAndStub() {
        stub.reset();
        browser = new Browser(port, stub);
    }
}
