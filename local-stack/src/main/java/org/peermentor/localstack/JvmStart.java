package org.peermentor.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * How one service's JVM starts: the options before {@code -jar}, the jar, and the class-data archive it writes as it
 * stops, if it is the first start of its jar under {@code --quick-start} ({@link ClassData}).
 */
record JvmStart(List<String> options, Path jar, Optional<Path> archiving) {

    /** {@code java -jar} the fat jar, as {@code ./mvnw install} built it. */
    static JvmStart plain(Path jar) {
        return new JvmStart(List.of(), jar, Optional.empty());
    }

    /**
     * Once the JVM has stopped: the archive it wrote becomes the one later starts map, if it stopped cleanly (a JVM
     * killed while writing leaves half an archive); otherwise whatever it wrote is dropped.
     */
    void stopped(boolean cleanly) {
        archiving.ifPresent(part -> {
            try {
                if (cleanly && Files.isRegularFile(part)) {
                    Files.move(
                            part,
                            part.resolveSibling(part.getFileName().toString().replaceFirst("\\.[^.]+\\.part$", "")),
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(part);
                }
            } catch (IOException e) {
                // no archive this time: the next start makes one
            }
        });
    }
}
