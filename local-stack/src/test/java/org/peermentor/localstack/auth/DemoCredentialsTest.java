package org.peermentor.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoCredentialsTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesTheDemoClientsWithLongRandomSecretsInTheContractsFormat() throws Exception {
        DemoCredentials credentials = DemoCredentials.loadOrCreate(data);

        assertThat(credentials.file()).isEqualTo(data.resolve("demo-credentials.json"));
        assertThat(credentials.clients()).extracting(ClientCredentials::clientId)
                .containsExactly("intake-desk", "program-manager", "demo-recovery-manager");
        assertThat(credentials.clients()).extracting(ClientCredentials::clientSecret)
                .allMatch(secret -> secret.matches("[A-Za-z0-9_-]{43}")).doesNotHaveDuplicates();
        JsonNode file = JsonMapper.builder().build().readTree(Files.readString(credentials.file()));
        assertThat(file.get(0).propertyNames()).containsExactly("clientId", "clientSecret", "roles", "programs");
        assertThat(file.get(0).path("roles").get(0).asString()).isEqualTo("INTAKE");
        assertThat(file.get(1).path("programs")).isEmpty();
        assertThat(file.get(2).path("programs").get(0).asString()).isEqualTo("demo-recovery");
        if (Files.getFileStore(credentials.file()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.file())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void laterStartsFindTheSameSecretsAgain() {
        DemoCredentials first = DemoCredentials.loadOrCreate(data);
        DemoCredentials again = DemoCredentials.loadOrCreate(data);

        assertThat(again.clients()).isEqualTo(first.clients());
        assertThat(DemoCredentials.read(first.file()).client("program-manager").clientSecret())
                .isEqualTo(first.client("program-manager").clientSecret());
    }

    @Test
    void aClientAddedByHandIsKeptAndAMissingDemoClientIsAdded() throws Exception {
        Files.writeString(data.resolve("demo-credentials.json"), """
                [{"clientId": "intake-desk", "clientSecret": "kept-secret", "roles": ["INTAKE"], "programs": []},
                 {"clientId": "wellbeing-desk", "clientSecret": "mine", "roles": ["INTAKE"], "programs": ["demo-wellbeing"]}]""");

        DemoCredentials credentials = DemoCredentials.loadOrCreate(data);

        assertThat(credentials.client("intake-desk").clientSecret()).isEqualTo("kept-secret");
        assertThat(credentials.client("wellbeing-desk").programs()).isEqualTo(List.of("demo-wellbeing"));
        assertThat(DemoCredentials.read(credentials.file()).clients()).extracting(ClientCredentials::clientId)
                .containsExactly("intake-desk", "wellbeing-desk", "program-manager", "demo-recovery-manager");
    }

    @Test
    void aClientPrintedInALogShowsNoSecret() {
        ClientCredentials manager = DemoCredentials.loadOrCreate(data).client("demo-recovery-manager");

        assertThat(manager.toString()).contains("demo-recovery-manager").doesNotContain(manager.clientSecret());
        assertThat(manager.describe()).isEqualTo("PROGRAM_MANAGER, only demo-recovery");
    }
}
