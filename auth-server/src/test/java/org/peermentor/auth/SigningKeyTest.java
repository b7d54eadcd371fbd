package org.peermentor.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path data;

    @Test
    void theKeyMadeAtTheFirstStartIsTheOneFoundAtTheNext() {
        RSAKey first = SigningKey.loadOrCreate(data);
        RSAKey again = SigningKey.loadOrCreate(data);

        assertThat(again).isEqualTo(first);
        assertThat(again.isPrivate()).isTrue();
        assertThat(again.getKeyID()).isNotBlank();
        assertThat(again.size()).isEqualTo(2048);
    }

    @Test
    void aDamagedKeyFileStopsTheStartAndSaysWhatToDo() throws Exception {
        Files.writeString(data.resolve(SigningKey.FILE_NAME), "{not a key");

        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKey.loadOrCreate(data))
                .withMessageContaining(SigningKey.FILE_NAME)
                .withMessageContaining("delete it");
    }
}
