package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
        JvmStart first = firstStartThatWrote("archived classes");

        first.stopped(true);

        assertThat(target.resolve("classes.jsa")).hasContent("archived classes");
        assertThat(first.archiving().orElseThrow()).doesNotExist();
    }

    @Test
    void whatAJvmKilledWhileArchivingWroteIsDropped() throws IOException {
        JvmStart killed = firstStartThatWrote("half an archive");

        killed.stopped(false);

        assertThat(target).isEmptyDirectory();
    }

    /** A first start of a jar, as ClassData gives it, whose JVM wrote this toward the archive as it went. */
    private JvmStart firstStartThatWrote(String archived) throws IOException {
        Path part = target.resolve("classes.jsa." + UUID.randomUUID() + ".part");
        Files.writeString(part, archived);
        return new JvmStart(List.of("-XX:ArchiveClassesAtExit=" + part), target.resolve("app.jar"), Optional.of(part));
    }
}
