package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTest {

    @TempDir
    Path target;

    @Test
    void aJarThatIsNotBuiltOrNotSpringBootsStartsAsBeforeAndLeavesNothingBehind() throws IOException {
        assertThat(ClassData.of(target.resolve("intake-service.jar"))).isEmpty();

        Path plainJar = target.resolve("plain.jar");
        try (OutputStream out = Files.newOutputStream(plainJar);
                JarOutputStream jar = new JarOutputStream(out, new Manifest())) {
            jar.finish();
        }
        assertThat(ClassData.of(plainJar)).isEmpty();
        assertThat(target.resolve("class-data")).isEmptyDirectory();
    }

    @Test
    void theArchiveAFirstStartWritesAsItStopsCleanlyIsTheOneLaterStartsMap() throws IOException {
        Path part = target.resolve("classes.jsa.0b6e1f3c-9d2a-4c51-8f0e-2a7d3c4b5e6f.part");
        JvmStart first =
                new JvmStart(List.of("-XX:ArchiveClassesAtExit=" + part), target.resolve("app.jar"), Optional.of(part));
        Files.writeString(part, "archived classes");

        first.stopped(true);

        assertThat(target.resolve("classes.jsa")).hasContent("archived classes");
        assertThat(part).doesNotExist();
    }

    @Test
    void whatAJvmKilledWhileArchivingWroteIsDropped() throws IOException {
        Path part = target.resolve("classes.jsa.5c2d8e1a-7b3f-4e60-9a1d-3f8c2b7e4d10.part");
        JvmStart killed =
                new JvmStart(List.of("-XX:ArchiveClassesAtExit=" + part), target.resolve("app.jar"), Optional.of(part));
        Files.writeString(part, "half an archive");

        killed.stopped(false);

        assertThat(target).isEmptyDirectory();
    }
}
