package org.peermentor.auth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PeopleTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path dir;

    @Test
    void theContractsUsersFormatIsReadWithThePasswordsHashed() throws Exception {
        People people = People.read(write("""
                [{"username": "intake", "password": "ida-pw", "displayName": "Ida Intake", "roles": ["INTAKE"]},
                 {"username": "recovery-manager", "password": "rosa-pw", "displayName": "Rosa Recovery",
                  "roles": ["PROGRAM_MANAGER"], "programs": ["demo-recovery"]},
                 {"username": "manager", "password": "max-pw", "roles": ["PROGRAM_MANAGER"], "programs": null}]"""), ENCODER);

        UserAccount intake = people.find("intake").orElseThrow();
        assertThat(intake.displayName()).isEqualTo("Ida Intake");
        assertThat(intake.password()).startsWith("{bcrypt}").doesNotContain("ida-pw");
        assertThat(ENCODER.matches("ida-pw", intake.password())).isTrue();
        assertThat(intake.limitedToPrograms()).isFalse();
        assertThat(people.find("recovery-manager").orElseThrow().programs()).containsExactly("demo-recovery");
        assertThat(people.find("manager").orElseThrow().displayName())
                .as("no display name: the username")
                .isEqualTo("manager");
        assertThat(people.find("manager").orElseThrow().limitedToPrograms()).isFalse();
        assertThat(intake.toString()).doesNotContain(intake.password());
    }

    @Test
    void mistakesStopTheStartNamingThePersonButNeverAPassword() throws Exception {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> People.read(write("""
                        [{"username": "ida", "password": "hunter2-secret", "roles": ["ADMIN"]}]"""), ENCODER))
                .withMessageContaining("ida")
                .withMessageContaining("ADMIN")
                .withMessageNotContaining("hunter2-secret");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> People.read(write("""
                        [{"username": "ida", "password": "a", "roles": ["INTAKE"]},
                         {"username": "ida", "password": "b", "roles": ["INTAKE"]}]"""), ENCODER))
                .withMessageContaining("names ida twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> People.read(write("""
                        [{"username": "ida", "password": hunter2-secret, "roles": ["INTAKE"]}]"""), ENCODER))
                .withMessageContaining("line 1")
                .withMessageNotContaining("hunter2");
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("users.json"), json);
    }
}
