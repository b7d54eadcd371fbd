package org.peermentor.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientsTest {

    @TempDir
    Path dir;

    @Test
    void theContractsCredentialsFormatIsRead() throws Exception {
        Clients clients = Clients.read(write("""
                [{"clientId": "program-manager", "clientSecret": "s1", "roles": ["PROGRAM_MANAGER"], "programs": []},
                 {"clientId": "demo-recovery-manager", "clientSecret": "s2", "roles": ["PROGRAM_MANAGER"],
                  "programs": ["demo-recovery"]},
                 {"clientId": "both", "clientSecret": "s3", "roles": ["INTAKE", "PROGRAM_MANAGER"]}]"""));

        assertThat(clients.all())
                .extracting(ClientDefinition::clientId)
                .containsExactly("program-manager", "demo-recovery-manager", "both");
        assertThat(clients.get("program-manager").limitedToPrograms()).isFalse();
        assertThat(clients.get("both").limitedToPrograms())
                .as("programs absent: all programs")
                .isFalse();
        assertThat(clients.get("demo-recovery-manager").programs()).containsExactly("demo-recovery");
    }

    @Test
    void aClientWithRedirectUrisIsABrowserClientAndNeedsNoRolesOfItsOwn() throws Exception {
        Clients clients = Clients.read(write("""
                [{"clientId": "staff-console", "clientSecret": "s1", "roles": [],
                  "redirectUris": ["http://localhost:8080/login/oauth2/code/staff-console"],
                  "postLogoutRedirectUris": ["http://localhost:8080/"]},
                 {"clientId": "intake-desk", "clientSecret": "s2", "roles": ["INTAKE"]}]"""));

        ClientDefinition console = clients.get("staff-console");
        assertThat(console.browserClient()).isTrue();
        assertThat(console.redirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/staff-console");
        assertThat(console.postLogoutRedirectUris()).containsExactly("http://localhost:8080/");
        assertThat(clients.get("intake-desk").browserClient()).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clients.read(write("""
                        [{"clientId": "desk", "clientSecret": "a", "roles": []}]""")))
                .as("a machine client without roles could do nothing")
                .withMessageContaining("desk must have roles");
    }

    @Test
    void mistakesStopTheStartNamingTheClientButNeverItsSecret() throws Exception {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clients.read(write("""
                        [{"clientId": "desk", "clientSecret": "hunter2-secret", "roles": ["ADMIN"]}]""")))
                .withMessageContaining("desk")
                .withMessageContaining("ADMIN")
                .withMessageNotContaining("hunter2-secret");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clients.read(write("""
                        [{"clientId": "desk", "clientSecret": "a", "roles": ["INTAKE"]},
                         {"clientId": "desk", "clientSecret": "b", "roles": ["INTAKE"]}]""")))
                .withMessageContaining("names desk twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clients.read(write("""
                        [{"clientId": "desk", "roles": ["INTAKE"]}]""")))
                .withMessageContaining("desk has no clientSecret");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clients.read(write("""
                        [{"clientId": "desk", "clientSecret": hunter2-secret, "roles": ["INTAKE"]}]""")))
                .withMessageContaining("line 1")
                .withMessageNotContaining("hunter2")
                .withNoCause();
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("clients.json"), json);
    }
}
