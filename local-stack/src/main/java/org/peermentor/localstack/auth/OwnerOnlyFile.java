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
 * others and never half written; read back with an error that names what they hold.
 */
final class OwnerOnlyFile {

    private OwnerOnlyFile() {}

    /** The file's text; {@code what} names its content in the error, e.g. {@code demo people}. */
    static String read(Path file, String what) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + what + " in " + file, e);
        }
    }

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
