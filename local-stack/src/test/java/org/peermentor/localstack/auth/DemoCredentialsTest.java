package org.peermentor.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DemoCredentialsTest {

    private static final URI CONSOLE = URI.create("http://localhost:8080");

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesTheDemoClientsWithLongRandomSecretsInTheContractsFormat() throws Exception {
        DemoCredentials credentials = DemoCredentials.loadOrCreate(data, CONSOLE);

        assertThat(credentials.file()).isEqualTo(data.resolve("demo-credentials.json"));
        assertThat(credentials.clients())
                .extracting(ClientCredentials::clientId)
                .containsExactly("intake-desk", "program-manager", "demo-recovery-manager", "staff-console");
        GeneratedSecrets.assertWellKept(
                credentials.file(),
                credentials.clients().stream()
                        .map(ClientCredentials::clientSecret)
                        .toList(),
                "[A-Za-z0-9_-]{43}");
        JsonNode file = GeneratedSecrets.json(credentials.file());
        assertThat(file.get(0).propertyNames()).containsExactly("clientId", "clientSecret", "roles", "programs");
        assertThat(file.get(0).path("roles").get(0).asString()).isEqualTo("INTAKE");
        assertThat(file.get(1).path("programs")).isEmpty();
        assertThat(file.get(2).path("programs").get(0).asString()).isEqualTo("demo-recovery");
    }

    @Test
    void laterStartsFindTheSameSecretsAgain() {
        DemoCredentials first = DemoCredentials.loadOrCreate(data, CONSOLE);
        DemoCredentials again = DemoCredentials.loadOrCreate(data, CONSOLE);

        assertThat(again.clients()).isEqualTo(first.clients());
        assertThat(DemoCredentials.read(first.file()).client("program-manager").clientSecret())
                .isEqualTo(first.client("program-manager").clientSecret());
    }

    @Test
    void aClientAddedByHandIsKeptAndAMissingDemoClientIsAdded() throws Exception {
        Files.writeString(data.resolve("demo-credentials.json"), """
                [{"clientId": "intake-desk", "clientSecret": "kept-secret", "roles": ["INTAKE"], "programs": []},
                 {"clientId": "wellbeing-desk", "clientSecret": "mine", "roles": ["INTAKE"], "programs": ["demo-wellbeing"]}]""");

        DemoCredentials credentials = DemoCredentials.loadOrCreate(data, CONSOLE);

        assertThat(credentials.client("intake-desk").clientSecret()).isEqualTo("kept-secret");
        assertThat(credentials.client("wellbeing-desk").programs()).isEqualTo(List.of("demo-wellbeing"));
        assertThat(DemoCredentials.read(credentials.file()).clients())
                .extracting(ClientCredentials::clientId)
                .containsExactly(
                        "intake-desk", "wellbeing-desk", "program-manager", "demo-recovery-manager", "staff-console");
    }

    @Test
    void theConsolesClientSignsPeopleInAndFollowsTheConsolesPortKeepingItsSecret() throws Exception {
        DemoCredentials first = DemoCredentials.loadOrCreate(data, CONSOLE);
        DemoCredentials moved = DemoCredentials.loadOrCreate(data, URI.create("http://localhost:8181"));

        ClientCredentials console = first.client("staff-console");
        assertThat(console.browserClient()).isTrue();
        assertThat(console.roles()).isEmpty();
        assertThat(console.redirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/staff-console");
        assertThat(console.postLogoutRedirectUris()).containsExactly("http://localhost:8080/");
        JsonNode entry = GeneratedSecrets.json(first.file()).get(3);
        assertThat(entry.propertyNames()).contains("redirectUris", "postLogoutRedirectUris");
        ClientCredentials movedConsole = DemoCredentials.read(moved.file()).client("staff-console");
        assertThat(movedConsole.clientSecret()).isEqualTo(console.clientSecret());
        assertThat(movedConsole.redirectUris())
                .containsExactly("http://localhost:8181/login/oauth2/code/staff-console");
    }

    @Test
    void aFileFromBeforeTheConsoleGetsItsClientAndKeepsEveryOtherSecret() throws Exception {
        Files.writeString(data.resolve("demo-credentials.json"), """
                [{"clientId": "intake-desk", "clientSecret": "kept-1", "roles": ["INTAKE"], "programs": []},
                 {"clientId": "program-manager", "clientSecret": "kept-2", "roles": ["PROGRAM_MANAGER"], "programs": []},
                 {"clientId": "demo-recovery-manager", "clientSecret": "kept-3", "roles": ["PROGRAM_MANAGER"],
                  "programs": ["demo-recovery"]}]""");

        DemoCredentials credentials = DemoCredentials.loadOrCreate(data, CONSOLE);

        assertThat(DemoCredentials.read(credentials.file()).clients())
                .extracting(ClientCredentials::clientSecret)
                .startsWith("kept-1", "kept-2", "kept-3")
                .hasSize(4);
        assertThat(credentials.client("staff-console").clientSecret()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void aClientPrintedInALogShowsNoSecret() {
        ClientCredentials manager = DemoCredentials.loadOrCreate(data, CONSOLE).client("demo-recovery-manager");

        assertThat(manager.toString()).contains("demo-recovery-manager").doesNotContain(manager.clientSecret());
        assertThat(manager.describe()).isEqualTo("PROGRAM_MANAGER, only demo-recovery");
    }
}
