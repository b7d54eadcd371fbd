package org.peermentor.service.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import org.peermentor.service.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * What a service imports ({@code @Import(ServiceSecurity.class)}) to become an OAuth2 resource server the way
 * every service is one; it then declares its own {@code SecurityWebFilterChain} with {@link SecurityChains}.
 * Deliberately not a scanned configuration: a service that does not import it has no security classes to load.
 *
 * <p>Tokens are checked against the issuer's keys at {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}
 * (default: the local stack's issuer), or a fixed public key at {@code ...jwt.public-key-location} when that is set
 * (tests); with {@code ...jwt.issuer-uri} the {@code iss} claim must name that issuer. Expiry is always checked.
 */
@EnableConfigurationProperties(RateLimitSettings.class)
public class ServiceSecurity {

    static final String JWT = "spring.security.oauth2.resourceserver.jwt.";
    static final String DEFAULT_JWK_SET_URI = "http://localhost:9000/oauth2/jwks";

    @Bean
    RateLimits rateLimits(
            RateLimitSettings settings, ProblemResponses problems, ObjectProvider<ReactiveMongoTemplate> mongo) {
        ReactiveMongoTemplate store = settings.shared() ? mongo.getIfAvailable() : null;
        return new RateLimits(settings, problems, store == null ? null : new SharedBuckets(store, Clock.systemUTC()));
    }

    @Bean
    SecurityChains securityChains(ProblemResponses problems, RateLimits rateLimits, Environment environment) {
        int server = environment.getProperty("server.port", Integer.class, 8080);
        Integer management = environment.getProperty("management.server.port", Integer.class);
        boolean ownPort = management != null && management > 0 && management != server;
        return new SecurityChains(problems, rateLimits, ownPort ? management : 0);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(Environment environment) {
        String publicKey = environment.getProperty(JWT + "public-key-location");
        String issuer = environment.getProperty(JWT + "issuer-uri");
        NimbusReactiveJwtDecoder decoder = publicKey != null && !publicKey.isBlank()
                ? NimbusReactiveJwtDecoder.withPublicKey(readPublicKey(publicKey))
                        .build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(
                                environment.getProperty(JWT + "jwk-set-uri", DEFAULT_JWK_SET_URI))
                        .build();
        decoder.setJwtValidator(
                issuer == null || issuer.isBlank()
                        ? JwtValidators.createDefault()
                        : JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    private static RSAPublicKey readPublicKey(String location) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token public key at " + location, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA public key in PEM at " + location, e);
        }
    }
}
