package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files of the data directory that hold secrets or access rules: mode 0600, and either absent, old or whole. */
final class OwnerOnlyFile {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFile() {
    }

    /**
     * Written beside, forced to disk, then renamed over the target, so a crash never leaves half a file; the rename
     * itself is forced to disk too, so that files written one after the other (the password, then the pg_hba.conf
     * requiring it) reach the disk in that order and a power cut cannot keep the second without the first.
     */
    static void write(Path target, String content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (isPosix(partial)) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(partial);
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * fsync of a directory, which makes the renames and creations in it durable; true when done. Linux and the other
     * Unixes open a directory for reading; Windows refuses (and its NTFS journals renames itself).
     */
    static boolean syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Narrows a file others may read to 0600; true when it had to. */
    static boolean restrict(Path file) throws IOException {
        if (!isPosix(file) || Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            return false;
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return true;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
