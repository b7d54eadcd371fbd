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
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * One real HTTP server standing in for the issuer (token, keys, user info) and the services the console calls.
 * The issuer signs its id tokens with a key of its own and answers for whoever {@link #signInAs} named; a service
 * answers what a test told it to ({@link #answer}) and remembers every request it got.
 */
public final class StubBackend extends Dispatcher {

    private final MockWebServer server = new MockWebServer();
    private final RSAKey key;
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final List<RecordedRequest> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Person person = Person.INTAKE;
    private volatile String nonce;
    private volatile String lastIdToken;

    public StubBackend() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub").generate();
            server.setDispatcher(this);
            server.start();
        } catch (IOException | JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    public String url(String path) {
        return server.url(path).toString();
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
        answers.put(method + " " + path, new MockResponse.Builder().addHeader("Connection", "close").code(status)
                .addHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .body(json).build());
    }

    public void answerText(String method, String path, String contentType, String body) {
        answers.put(method + " " + path, new MockResponse.Builder().addHeader("Connection", "close").code(200).addHeader("Content-Type", contentType)
                .body(body).build());
    }

    public void reset() {
        answers.clear();
        received.clear();
        answer("GET", "/api/programs", 200, "[{\"id\":\"demo-recovery\",\"displayName\":\"Demo recovery\"}]");
    }

    public List<RecordedRequest> received(String method, String path) {
        synchronized (received) {
            return received.stream().filter(request -> request.getMethod().equals(method)
                    && request.getUrl().encodedPath().equals(path)).toList();
        }
    }

    public RecordedRequest last(String method, String path) {
        List<RecordedRequest> matching = received(method, path);
        if (matching.isEmpty()) {
            throw new AssertionError("No " + method + " " + path + " reached the stub");
        }
        return matching.get(matching.size() - 1);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        received.add(request);
        System.out.println("stub: " + request.getMethod() + " " + request.getUrl().encodedPath());
        String path = request.getUrl().encodedPath();
        return switch (path) {
            case "/oauth2/token" -> json(200, tokenResponse());
            case "/oauth2/jwks" -> json(200, new JWKSet(key.toPublicJWK()).toString());
            case "/userinfo" -> json(200, "{\"sub\":\"" + person.username() + "\",\"name\":\"" + person.displayName()
                    + "\",\"roles\":" + person.rolesJson() + "}");
            default -> answers.getOrDefault(request.getMethod() + " " + path,
                    json(404, "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"nothing here\"}"));
        };
    }

    private String tokenResponse() {
        lastIdToken = idToken();
        return "{\"access_token\":\"access-" + person.username() + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
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
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().addHeader("Connection", "close").code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    public void close() {
        server.close();
    }

    /** A person the issuer knows. */
    public record Person(String username, String displayName, List<String> roles) {

        public static final Person INTAKE = new Person("intake", "Ida Intake", List.of("INTAKE"));
        public static final Person MANAGER = new Person("manager", "Mo Manager", List.of("PROGRAM_MANAGER"));

        String rolesJson() {
            return roles.stream().map(role -> "\"" + role + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }
    }
}
