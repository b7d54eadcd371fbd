package org.peermentor.auth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermentor.contracts.fixtures.MovableClock;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class SignInAttemptsTest {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private SignInAttempts attempts;

    @BeforeEach
    void onePerson() throws Exception {
        Path users = Files.writeString(dir.resolve("users.json"), """
                [{"username": "intake", "password": "pw", "roles": ["INTAKE"]}]""");
        People people = People.read(users, PasswordEncoderFactories.createDelegatingPasswordEncoder());
        attempts = new SignInAttempts(people, new Lockout(5, Duration.ofMinutes(15)), clock);
    }

    @Test
    void theFifthFailureInARowLocksTheAccountForFifteenMinutes() {
        failTimes(4);
        assertThat(attempts.isLocked("intake")).isFalse();

        attempts.failed("intake");

        assertThat(attempts.isLocked("intake")).isTrue();
        clock.move(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked("intake")).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("intake")).isFalse();
    }

    @Test
    void afterALockEndsTheCountStartsAgain() {
        failTimes(5);
        clock.move(Duration.ofMinutes(16));

        failTimes(4);

        assertThat(attempts.isLocked("intake")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        failTimes(4);
        attempts.succeeded("intake");

        failTimes(4);

        assertThat(attempts.isLocked("intake")).isFalse();
    }

    @Test
    void guessedUsernamesAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            attempts.failed("nobody-" + i);
            attempts.failed("nobody");
        }

        assertThat(attempts.isLocked("nobody")).isFalse();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed("intake");
        }
    }
}
