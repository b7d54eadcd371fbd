package org.peermentor.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key that signs every token: generated at first start and kept, private part included, as a JWK in the
 * data folder (readable by its owner only), so tokens issued before a restart still verify after it.
 */
final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";
    private static final int BITS = 2048;

    private SigningKey() {}

    static RSAKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = new RSAKeyGenerator(BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            OwnerOnlyFile.write(file, key.toJSONString());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + file.toAbsolutePath(), e);
        } catch (ParseException e) {
            throw new IllegalStateException(
                    "The signing key " + file.toAbsolutePath() + " is damaged; delete it to"
                            + " start with a new one (tokens issued before are then no longer accepted)",
                    e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }
}
