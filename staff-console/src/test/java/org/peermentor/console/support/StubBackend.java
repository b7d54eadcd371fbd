package org.peermentor.console.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One real HTTP server standing in for the issuer (token, keys, user info) and the services the console calls.
 * The issuer signs its id tokens with a key of its own and answers for whoever {@link #signInAs} named; a service
 * answers what a test told it to ({@link #answer}) and remembers every request it got.
 */
public final class StubBackend {

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<QueryAnswer> queryAnswers = new CopyOnWriteArrayList<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private volatile Person person = Person.INTAKE;
    private volatile String nonce;
    private volatile String lastIdToken;
    private volatile int tokenSeconds = 900;

    public StubBackend() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", this::handle);
            server.start();
        } catch (IOException | JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Who the issuer signs in next, and the nonce the console sent with its authorization request. */
    public void signInAs(Person who, String nonceOfRequest) {
        this.person = who;
        this.nonce = nonceOfRequest;
    }

    public String lastIdToken() {
        return lastIdToken;
    }

    /** What the service answers to {@code method path} (the path without its query) until reset. */
    public void answer(String method, String path, int status, String json) {
        answers.put(
                method + " " + path,
                new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json));
    }

    /**
     * What the service answers to {@code method path} when the query's {@code parameter} is {@code value} (two calls
     * to one path that differ by their query, such as the pairings in two statuses); asked before {@link #answer}.
     */
    public void answerWhen(String method, String path, String parameter, String value, int status, String json) {
        queryAnswers.add(new QueryAnswer(
                method + " " + path,
                parameter,
                value,
                new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json)));
    }

    /** Intake knows the program {@code demo-recovery} as "Demo recovery" (the program most tests work in). */
    public void answerTheDemoProgram() {
        answer(
                "GET",
                "/api/programs/demo-recovery",
                200,
                "{\"id\":\"demo-recovery\",\"displayName\":\"Demo recovery\"}");
    }

    /** Answers every call the demo program's dashboard makes to matching with one error, as problem details. */
    public void answerTheDashboardsCallsWith(int status, String title) {
        for (String path : List.of(
                "/api/programs/demo-recovery/report",
                "/api/programs/demo-recovery/waiting",
                "/api/pairings",
                "/api/programs/demo-recovery/rounds")) {
            answer("GET", path, status, "{\"status\":" + status + ",\"title\":\"" + title + "\"}");
        }
    }

    public void answerText(String method, String path, String contentType, String body) {
        answers.put(method + " " + path, new Answer(200, contentType, body));
    }

    /** How long the access tokens issued from now on last. */
    public void tokensLast(int seconds) {
        tokenSeconds = seconds;
    }

    public void reset() {
        tokenSeconds = 900;
        answers.clear();
        queryAnswers.clear();
        received.clear();
        answer("GET", "/api/programs", 200, "[{\"id\":\"demo-recovery\",\"displayName\":\"Demo recovery\"}]");
    }

    public List<Received> received(String method, String path) {
        synchronized (received) {
            return received.stream()
                    .filter(request ->
                            request.method().equals(method) && request.path().equals(path))
                    .toList();
        }
    }

    public Received last(String method, String path) {
        List<Received> matching = received(method, path);
        if (matching.isEmpty()) {
            throw new AssertionError("No " + method + " " + path + " reached the stub");
        }
        return matching.get(matching.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer = answerTo(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Answer answerTo(Received request) {
        if (request.path().equals("/oauth2/authorize")) {
            // a person who signs in at once: back to the console with a code, as a browser would be sent
            nonce = request.queryParameter("nonce");
            return new Answer(
                    302,
                    "text/plain",
                    "",
                    request.queryParameter("redirect_uri") + "?code=the-code&state="
                            + URLEncoder.encode(request.queryParameter("state"), StandardCharsets.UTF_8));
        }
        for (QueryAnswer conditional : queryAnswers) {
            if (conditional.key().equals(request.method() + " " + request.path())
                    && conditional.value().equals(request.queryParameter(conditional.parameter()))) {
                return conditional.answer();
            }
        }
        return switch (request.path()) {
            case "/oauth2/token" -> json(200, tokenResponse());
            case "/oauth2/jwks" -> json(200, new JWKSet(key.toPublicJWK()).toString());
            case "/userinfo" ->
                json(
                        200,
                        "{\"sub\":\"" + person.username() + "\",\"name\":\"" + person.displayName() + "\",\"roles\":"
                                + person.rolesJson() + "}");
            default ->
                answers.getOrDefault(
                        request.method() + " " + request.path(),
                        json(404, "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"nothing here\"}"));
        };
    }

    private String tokenResponse() {
        lastIdToken = idToken();
        return "{\"access_token\":\"access-" + person.username() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + tokenSeconds + ","
                + "\"refresh_token\":\"refresh-" + person.username() + "\",\"scope\":\"openid profile\","
                + "\"id_token\":\"" + lastIdToken + "\"}";
    }

    private String idToken() {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(url("/").replaceAll("/$", ""))
                .subject(person.username())
                .audience("staff-console")
                .claim("azp", "staff-console")
                .claim("nonce", nonce)
                .claim("name", person.displayName())
                .claim("roles", person.roles())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .build();
        try {
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static Answer json(int status, String body) {
        return new Answer(status, "application/json", body);
    }

    private record Answer(int status, String contentType, String body, String location) {

        Answer(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }
    }

    private record QueryAnswer(String key, String parameter, String value, Answer answer) {}

    /** A request the stub received. */
    public record Received(String method, String path, String query, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        /** One query parameter, decoded. */
        public String queryParameter(String name) {
            return UriComponentsBuilder.newInstance()
                    .query(query)
                    .build()
                    .getQueryParams()
                    .getOrDefault(name, List.of())
                    .stream()
                    .findFirst()
                    .map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8))
                    .orElse(null);
        }
    }

    /** A person the issuer knows. */
    public record Person(String username, String displayName, List<String> roles) {

        public static final Person INTAKE = new Person("intake", "Ida Intake", List.of("INTAKE"));
        public static final Person MANAGER = new Person("manager", "Mo Manager", List.of("PROGRAM_MANAGER"));

        String rolesJson() {
            return roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]"));
        }
    }
}
