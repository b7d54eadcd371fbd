package org.peermentor.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A token issuer for the services' integration tests: signs RS256 JWTs of the shape the real issuer gives
 * ({@code roles}, {@code programs}, {@code sub} = client id) with a key made for this test run. A service under
 * test trusts it through {@link #publicKeyLocation()} (Spring's
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}).
 */
public final class TestIssuer {

    public static final String PUBLIC_KEY_PROPERTY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    private static final RSAKey KEY = generate();
    private static final RSAKey STRANGER = generate();
    /** For a token with only the standard claims. */
    private static final Consumer<JWTClaimsSet.Builder> NO_MORE = claims -> {};

    private static Path publicKeyFile;

    private TestIssuer() {}

    /** {@code file:…} of this run's public key in PEM, for {@link #PUBLIC_KEY_PROPERTY}. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("test-issuer-", ".pem");
                publicKeyFile.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(KEY.toRSAPublicKey().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return "file:" + publicKeyFile;
    }

    /** Intake staff, all programs. */
    public static String intake() {
        return token("intake-desk", List.of("INTAKE"), null);
    }

    /** A program manager of every program. */
    public static String manager() {
        return token("program-manager", List.of("PROGRAM_MANAGER"), null);
    }

    /** A program manager limited to these programs. */
    public static String managerOf(String... programs) {
        return token("manager-" + String.join("-", programs), List.of("PROGRAM_MANAGER"), List.of(programs));
    }

    /** Intake staff limited to these programs. */
    public static String intakeOf(String... programs) {
        return token("intake-" + String.join("-", programs), List.of("INTAKE"), List.of(programs));
    }

    /** A valid token for this client, roles and programs ({@code null}: every program), 15 minutes long. */
    public static String token(String clientId, List<String> roles, List<String> programs) {
        Instant now = Instant.now();
        return sign(KEY, clientId, roles, programs, now.minusSeconds(5), now.plus(Duration.ofMinutes(15)), NO_MORE);
    }

    /**
     * A person's token as the issuer gives it after sign-in: {@code sub} = username, {@code name} = display name,
     * {@code azp} = the client they signed in through.
     */
    public static String person(
            String username, String displayName, String clientId, List<String> roles, List<String> programs) {
        Instant now = Instant.now();
        return sign(
                KEY,
                username,
                roles,
                programs,
                now.minusSeconds(5),
                now.plus(Duration.ofMinutes(15)),
                claims ->
                        claims.claim("name", displayName).claim("azp", clientId).claim("client_id", null));
    }

    /** A well-signed token that expired an hour ago. */
    public static String expired(List<String> roles) {
        Instant now = Instant.now();
        return sign(
                KEY,
                "expired-client",
                roles,
                null,
                now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1)),
                NO_MORE);
    }

    /** A token of the right shape signed by a key nobody trusts. */
    public static String badSignature(List<String> roles) {
        Instant now = Instant.now();
        return sign(STRANGER, "forger", roles, null, now.minusSeconds(5), now.plus(Duration.ofMinutes(15)), NO_MORE);
    }

    private static String sign(
            RSAKey key,
            String clientId,
            List<String> roles,
            List<String> programs,
            Instant issuedAt,
            Instant expiresAt,
            Consumer<JWTClaimsSet.Builder> more) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("http://test-issuer")
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("roles", roles)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
        if (programs != null) {
            claims.claim("programs", programs);
        }
        more.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
