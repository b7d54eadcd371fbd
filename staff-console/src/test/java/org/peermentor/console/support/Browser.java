package org.peermentor.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * What a browser does that matters here: keeps the console's cookies, follows nothing by itself (tests look at
 * each redirect), and can sign in through the issuer stub the way a person would.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private final String base;
    private final StubBackend stub;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(int port, StubBackend stub) {
        this.base = "http://localhost:" + port;
        this.stub = stub;
        // a connection of its own for every request: a test never waits on a connection another test left behind
        this.client = WebTestClient.bindToServer(
                        new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl(base)
                .responseTimeout(Duration.ofSeconds(20))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)) // a browser reads any page
                .build();
    }

    public String base() {
        return base;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public EntityExchangeResult<String> get(String path) {
        return exchange(client.get().uri(URI.create(absolute(path))));
    }

    /** Asks for the page at {@code path}, which must answer with {@code status}, and gives its HTML. */
    public String page(String path, HttpStatus status) {
        return body(get(path), status);
    }

    /** What an htmx poll of {@code path} swaps in: the answer must not tell htmx to leave the page as it is. */
    public String pollChanged(String path) {
        EntityExchangeResult<String> answer = get(path);
        assertThat(header(answer, "HX-Reswap")).isNull();
        return answer.getResponseBody();
    }

    /** An htmx poll of {@code path} that has nothing new: the answer tells htmx to swap nothing. */
    public void pollUnchanged(String path) {
        assertThat(header(get(path), "HX-Reswap")).isEqualTo("none");
    }

    /** The body of an answer that must have come with {@code status}. */
    public static String body(EntityExchangeResult<String> answer, HttpStatus status) {
        assertThat(answer.getStatus()).isEqualTo(status);
        return answer.getResponseBody();
    }

    public EntityExchangeResult<String> post(String path, MultiValueMap<String, String> form) {
        return exchange(client.post().uri(URI.create(absolute(path))).body(BodyInserters.fromFormData(form)));
    }

    public EntityExchangeResult<String> postMultipart(String path, MultiValueMap<String, ?> parts) {
        return exchange(client.post().uri(URI.create(absolute(path))).body(BodyInserters.fromMultipartData(parts)));
    }

    /** Sends the request as a browser asks for a page: with the cookies it keeps, accepting HTML. */
    private EntityExchangeResult<String> exchange(WebTestClient.RequestHeadersSpec<?> request) {
        return keepCookies(request.cookies(jar -> cookies.forEach(jar::add))
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody(String.class)
                .returnResult());
    }

    /** Posts a form the way the page at {@code formPage} would: with the CSRF token that page carries. */
    public EntityExchangeResult<String> submit(String formPage, String action, MultiValueMap<String, String> fields) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
        form.add("_csrf", csrfTokenOf(get(formPage).getResponseBody()));
        return post(action, form);
    }

    public static String csrfTokenOf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("The page has no CSRF token");
        }
        return token.group(1);
    }

    /**
     * Asks for {@code page}, is sent to the issuer, "signs in" there as {@code person} and comes back: the way a
     * person signs in, down to the state, nonce and PKCE verifier the console checks. Returns the console's answer
     * to the issuer's redirect back.
     */
    public EntityExchangeResult<String> signIn(String page, StubBackend.Person person) {
        String toSignIn = location(get(page));
        UriComponents authorize =
                UriComponentsBuilder.fromUriString(location(get(toSignIn))).build();
        stub.signInAs(person, decoded(authorize.getQueryParams().getFirst("nonce")));
        String state = authorize.getQueryParams().getFirst("state");
        return get("/login/oauth2/code/staff-console?code=the-code&state=" + state);
    }

    public Browser signedInAs(StubBackend.Person person) {
        signIn("/", person);
        return this;
    }

    public static String location(EntityExchangeResult<?> result) {
        URI location = result.getResponseHeaders().getLocation();
        if (location == null) {
            throw new AssertionError("Expected a redirect, got " + result.getStatus());
        }
        return location.toString();
    }

    private String absolute(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private <T> EntityExchangeResult<T> keepCookies(EntityExchangeResult<T> result) {
        for (Map.Entry<String, List<ResponseCookie>> cookie :
                result.getResponseCookies().entrySet()) {
            ResponseCookie last = cookie.getValue().get(cookie.getValue().size() - 1);
            if (last.getMaxAge().isZero()) {
                cookies.remove(cookie.getKey());
            } else {
                cookies.put(cookie.getKey(), last.getValue());
            }
        }
        return result;
    }

    public static String header(EntityExchangeResult<?> result, String name) {
        HttpHeaders headers = result.getResponseHeaders();
        return headers.getFirst(name);
    }
}
