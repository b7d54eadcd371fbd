package org.peermentor.localstack.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files of secrets: written through a private temporary file and an atomic move, so they are never readable by
 * others and never half written.
 */
final class OwnerOnlyFile {

    private OwnerOnlyFile() {}

    static void write(Path file, String content, String what) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path temporary =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                            ? Files.createTempFile(
                                    folder,
                                    ".secrets-",
                                    ".tmp",
                                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                            : Files.createTempFile(folder, ".secrets-", ".tmp");
            Files.writeString(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + what + " to " + file, e);
        }
    }
}
