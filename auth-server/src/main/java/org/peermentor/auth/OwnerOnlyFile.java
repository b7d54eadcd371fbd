package org.peermentor.auth;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A file only its owner may read (where the file system has owners), such as the kept signing key. */
final class OwnerOnlyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFile() {}

    /** Written to a private temporary file first and then moved, so a crash never leaves half a file behind. */
    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(
                        file.getParent(), ".key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(file.getParent(), ".key-", ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
