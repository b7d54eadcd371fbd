package org.peermentor.matching.pairing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.peermentor.matching.MatchingProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The token in a mentor's accept/decline link: the pairing id, a one-time nonce and an expiry, signed with
 * HMAC-SHA256. The pairing stores the nonce and forgets it once used, so a token works once; checks compare in
 * constant time. The key comes from settings or, when none is set, is generated once and kept in MongoDB.
 */
@Component
public class ResponseTokens {

    private static final String SECRETS = "secrets";
    private static final String KEY_ID = "mentor-link-key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MIN_KEY_BYTES = 32; // HMAC-SHA256's own output size
    private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE); // Reactor's "never expires"

    private final SecureRandom random = new SecureRandom();
    private final Mono<byte[]> key;

    ResponseTokens(ReactiveMongoTemplate mongo, MatchingProperties properties) {
        this.key = properties.linkTokenKey().isBlank()
                // kept once read; a failed read (MongoDB away at that moment) is tried again by the next link
                ? storedKey(mongo).cache(read -> FOREVER, failed -> Duration.ZERO, () -> Duration.ZERO)
                : Mono.just(configuredKey(properties.linkTokenKey()));
    }

    private static byte[] configuredKey(String base64) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("matching.link-token-key must be at least " + MIN_KEY_BYTES
                    + " bytes (base64 of " + MIN_KEY_BYTES + " random bytes); it has " + key.length);
        }
        return key;
    }

    public String newNonce() {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        return ENCODER.encodeToString(nonce);
    }

    public Mono<String> issue(String pairingId, String nonce, Instant expiresAt) {
        String payload = pairingId + "|" + nonce + "|" + expiresAt.getEpochSecond();
        return key.map(k -> ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(k, payload));
    }

    /** True when the token is ours, for this pairing, carries the nonce still stored, and has not expired. */
    public Mono<Boolean> verify(String token, String pairingId, String storedNonce, Instant now) {
        if (token == null || storedNonce == null) {
            return Mono.just(false);
        }
        return key.map(k -> {
            int dot = token.indexOf('.');
            if (dot < 0) {
                return false;
            }
            String payload;
            try {
                payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
            boolean signed = MessageDigest.isEqual(
                    sign(k, payload).getBytes(StandardCharsets.UTF_8),
                    token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
            String[] parts = payload.split("\\|");
            if (!signed || parts.length != 3) {
                return false;
            }
            boolean samePairing = MessageDigest.isEqual(
                    parts[0].getBytes(StandardCharsets.UTF_8), pairingId.getBytes(StandardCharsets.UTF_8));
            boolean sameNonce = MessageDigest.isEqual(
                    parts[1].getBytes(StandardCharsets.UTF_8), storedNonce.getBytes(StandardCharsets.UTF_8));
            return samePairing && sameNonce && now.getEpochSecond() < parseLong(parts[2]);
        });
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            return Long.MIN_VALUE;
        }
    }

    private static String sign(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    private Mono<byte[]> storedKey(ReactiveMongoTemplate mongo) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        Query byId = Query.query(where("_id").is(KEY_ID));
        return mongo.insert(
                        new Document("_id", KEY_ID)
                                .append("key", Base64.getEncoder().encodeToString(fresh)),
                        SECRETS)
                .onErrorResume(DuplicateKeyException.class, keptEarlier -> Mono.empty())
                .then(mongo.findOne(byId, Document.class, SECRETS))
                .map(stored -> Base64.getDecoder().decode(stored.getString("key")));
    }
}
