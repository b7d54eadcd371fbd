package org.peermentor.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the demo clients' and demo people's tests check alike of a file of secrets the first start generated. */
final class GeneratedSecrets {

    private GeneratedSecrets() {}

    /** Every secret has the expected form and none repeats another; the file is readable by its owner only. */
    static void assertWellKept(Path file, List<String> secrets, String form) throws IOException {
        assertThat(secrets).allMatch(secret -> secret.matches(form)).doesNotHaveDuplicates();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    /** The file as JSON, as anyone who opens it reads it. */
    static JsonNode json(Path file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }
}
