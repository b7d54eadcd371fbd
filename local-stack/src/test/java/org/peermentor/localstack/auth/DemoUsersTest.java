package org.peermentor.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DemoUsersTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesTheDemoPeopleWithReadableRandomPasswordsInTheContractsFormat() throws Exception {
        DemoUsers users = DemoUsers.loadOrCreate(data);

        assertThat(users.file()).isEqualTo(data.resolve("demo-users.json"));
        assertThat(users.people())
                .extracting(DemoUser::username)
                .containsExactly("intake", "manager", "recovery-manager");
        GeneratedSecrets.assertWellKept(
                users.file(),
                users.people().stream().map(DemoUser::password).toList(),
                "[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}");
        assertThat(users.displayName("intake")).isEqualTo("Ida Intake");
        assertThat(users.person("intake").roles()).containsExactly("INTAKE");
        assertThat(users.person("manager").roles()).containsExactly("PROGRAM_MANAGER");
        assertThat(users.person("recovery-manager").programs()).containsExactly("demo-recovery");
        JsonNode file = GeneratedSecrets.json(users.file());
        assertThat(file.get(0).propertyNames())
                .containsExactly("username", "password", "displayName", "roles", "programs");
        assertThat(file.get(0).path("password").asString()).isEqualTo(users.password("intake"));
        assertThat(file.get(2).path("programs").get(0).asString()).isEqualTo("demo-recovery");
    }

    @Test
    void laterStartsFindTheSamePasswordsAgain() {
        DemoUsers first = DemoUsers.loadOrCreate(data);
        DemoUsers again = DemoUsers.loadOrCreate(data);

        assertThat(again.people()).isEqualTo(first.people());
        assertThat(DemoUsers.read(first.file()).password("manager")).isEqualTo(first.password("manager"));
    }

    @Test
    void aPersonAddedByHandIsKeptAndAMissingDemoPersonIsAdded() throws Exception {
        Files.writeString(data.resolve("demo-users.json"), """
                [{"username": "intake", "password": "my-own-password", "displayName": "Ines", "roles": ["INTAKE"]},
                 {"username": "wanda", "password": "hers", "displayName": "Wanda Wellbeing",
                  "roles": ["INTAKE"], "programs": ["demo-wellbeing"]}]""");

        DemoUsers users = DemoUsers.loadOrCreate(data);

        assertThat(users.password("intake")).isEqualTo("my-own-password");
        assertThat(users.person("wanda").programs()).isEqualTo(List.of("demo-wellbeing"));
        assertThat(DemoUsers.read(users.file()).people())
                .extracting(DemoUser::username)
                .containsExactly("intake", "wanda", "manager", "recovery-manager");
    }

    @Test
    void aPasswordHasAtLeastEightyBitsAndAPersonInALogShowsNone() {
        DemoUser intake = DemoUsers.loadOrCreate(data).person("intake");

        // 20 characters drawn from 31: about 99 bits
        assertThat(intake.password().replace("-", "")).hasSize(20);
        assertThat(intake.toString()).contains("intake").doesNotContain(intake.password());
        assertThat(intake.describePrograms()).isEqualTo("all programs");
    }
}
