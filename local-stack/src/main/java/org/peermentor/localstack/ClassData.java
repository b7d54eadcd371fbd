package org.peermentor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --quick-start}'s class-data sharing, Spring Boot's CDS recipe: a service's fat jar is extracted once beside
 * it ({@code target/class-data/}, with Boot's {@code jarmode=tools}), the first start from there archives the
 * classes the service loaded as it stops cleanly ({@code -XX:ArchiveClassesAtExit}), and every later start maps that
 * archive instead of loading and verifying the same classes again. A new build of the jar or another JVM starts
 * over in a folder of its own; a jar that cannot be extracted starts as before.
 */
final class ClassData {

    private static final String ARCHIVE = "classes.jsa";
    private static final String FOLDER = "class-data";

    private final Path folder;
    private final Path jar;

    private ClassData(Path folder, Path jar) {
        this.folder = folder;
        this.jar = jar;
    }

    /** The extracted copy of this fat jar for this JVM, made first if there is none yet; empty if it cannot be. */
    static Optional<ClassData> of(Path fatJar) {
        if (!Files.isRegularFile(fatJar)) {
            return Optional.empty();
        }
        try {
            Path folder = fatJar.resolveSibling(FOLDER).resolve(folderName(fatJar));
            Path jar = folder.resolve(fatJar.getFileName());
            if (!Files.isRegularFile(jar)) {
                extract(fatJar, folder);
                removeOtherBuilds(folder);
            }
            return Optional.of(new ClassData(folder, jar));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** How the next JVM starts from it: mapping the archive, or, while there is none, writing it as it stops. */
    JvmStart start() {
        Path archive = folder.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return new JvmStart(List.of("-XX:SharedArchiveFile=" + archive), jar, Optional.empty());
        }
        // a name of its own, so that two instances starting together do not write one file; -Xlog: the classes
        // the archive cannot hold are listed as warnings, which are no concern of the service's log
        Path part = folder.resolve(ARCHIVE + "." + UUID.randomUUID() + ".part");
        return new JvmStart(List.of("-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off"), jar, Optional.of(part));
    }

    /** The jar's name, size and time, and the JVM's build: an archive is only good for the same jar and JVM. */
    private static String folderName(Path fatJar) throws IOException {
        int key = Objects.hash(
                Files.size(fatJar),
                Files.getLastModifiedTime(fatJar).toMillis(),
                System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
        return fatJar.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + Integer.toHexString(key);
    }

    /** Into a folder of its own first, then renamed: a stack starting beside this one finds all of it or none. */
    private static void extract(Path fatJar, Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        Path partial = folder.resolveSibling(folder.getFileName() + "." + UUID.randomUUID() + ".part");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        fatJar.toString(),
                        "extract",
                        "--destination",
                        partial.toString())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("could not extract " + fatJar);
            }
            moveUnlessThere(partial, folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + fatJar, e);
        } finally {
            delete(partial);
        }
    }

    /** Another stack may have extracted the same jar first (the rename then fails): theirs is as good. */
    private static void moveUnlessThere(Path partial, Path folder) throws IOException {
        try {
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /** Earlier builds' copies of the same jar, which no start will use again. */
    private static void removeOtherBuilds(Path folder) throws IOException {
        String service = folder.getFileName().toString().replaceFirst("-[0-9a-f]+$", "-");
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            siblings.filter(sibling -> !sibling.equals(folder))
                    .filter(sibling -> sibling.getFileName().toString().startsWith(service))
                    .filter(sibling -> !sibling.getFileName().toString().endsWith(".part"))
                    .forEach(ClassData::delete);
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // what is left is skipped next time, as any other build's copy
        }
    }
}
