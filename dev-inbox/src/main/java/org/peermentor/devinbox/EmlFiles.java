package org.peermentor.devinbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox on disk: one {@code ID.eml} file per message, its modification time the time it was received,
 * so the order survives a restart and any mail client can open the files.
 */
final class EmlFiles {

    private static final Logger log = LoggerFactory.getLogger(EmlFiles.class);
    private static final String SUFFIX = ".eml";

    private final Path dir;

    EmlFiles(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** Every readable message, oldest first; an unreadable file is skipped with a warning, not fatal. */
    List<StoredMessage> load() {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                        .map(EmlFiles::read)
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(
                                (StoredMessage s) -> s.message().created()))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inbox in " + dir, e);
        }
    }

    // written to a temporary name and renamed, so a crash never leaves half a message behind
    void write(String id, Instant created, byte[] raw) {
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve(id + SUFFIX + ".tmp");
            Files.write(temp, raw);
            Files.setLastModifiedTime(temp, FileTime.from(created));
            Files.move(temp, dir.resolve(id + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the message in " + dir, e);
        }
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete message " + id + " in " + dir, e);
        }
    }

    private static Optional<StoredMessage> read(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        try {
            byte[] raw = Files.readAllBytes(file);
            Instant created = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(new StoredMessage(MimeReader.read(id, created, raw), raw));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Skipping {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
