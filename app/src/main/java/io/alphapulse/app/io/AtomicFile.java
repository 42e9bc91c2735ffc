package io.alphapulse.app.io;

import io.alphapulse.infra.db.OwnerOnlyFiles;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes result files so that readers see either the old file or the complete new one, never a part:
 * the content goes to a temporary file beside the target, is forced to disk, and is then moved into
 * place. The temporary file gets the default permissions (unlike {@link Files#createTempFile}, which
 * makes it private), so results get the same permissions as any other file the user writes there;
 * {@link #writeOwnerOnly} is the same for secrets, readable by the owner only.
 */
public final class AtomicFile {

    private static final int TEMPORARY_NAME_ATTEMPTS = 16;

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Checks, before any work is done, that {@code target} can be written: its directory exists and
     * accepts new files, and it is not itself a directory.
     *
     * @param what what the file is, for the message ({@code report}, {@code JSON})
     * @throws OutputPathException naming the path and the problem
     */
    public static void checkWritable(Path target, String what) {
        Path directory = directoryOf(target, what);
        try {
            Files.delete(createTemporary(directory, target.getFileName().toString()));
        } catch (IOException failure) {
            throw new OutputPathException(what, target, reason(failure), failure);
        }
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @param what what the file is, for the message ({@code report}, {@code JSON})
     * @throws OutputPathException if the file cannot be written; no partial file is left behind
     */
    public static void write(Path target, String what, Content content) {
        Path directory = directoryOf(target, what);
        Path temporary = null;
        try {
            temporary = createTemporary(directory, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                // Writers may close what they are given (JSON generators do by default); the channel
                // must stay open until it has been forced to disk.
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                // On disk before the rename, so a crash cannot leave an empty file under the target's name.
                channel.force(true);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException failure) {
            deleteQuietly(temporary, failure);
            throw new OutputPathException(what, target, reason(failure), failure);
        } catch (RuntimeException failure) {
            deleteQuietly(temporary, failure);
            throw failure;
        }
    }

    /**
     * Writes a secret ({@code target} and its temporary file readable and writable by the owner only,
     * POSIX mode 600 where the file system has modes), creating the directory (mode 700) if needed, forced to
     * disk and moved into place atomically: a crash leaves the old file or the new one.
     *
     * @throws IOException if it cannot be written; no temporary file is left behind
     */
    public static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        OwnerOnlyFiles.createDirectories(directory);
        Path temporary = directory.resolve(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OwnerOnlyFiles.FILE));
            } catch (UnsupportedOperationException noPosixModes) {
                // Windows: the file inherits the directory's ACL, the owner's profile by default.
                Files.createFile(temporary);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(temporary, failure);
            throw failure;
        }
    }

    private static Path directoryOf(Path target, String what) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || absolute.getFileName() == null) {
            throw new OutputPathException(
                    what, target, "not a file path", new FileSystemException(target.toString(), null, "not a file"));
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputPathException(
                    what, target, "it is a directory", new FileSystemException(target.toString(), null, "directory"));
        }
        if (!Files.isDirectory(directory)) {
            String reason = Files.exists(directory)
                    ? directory + " is not a directory"
                    : "directory " + directory + " does not exist";
            throw new OutputPathException(what, target, reason, new NotDirectoryException(directory.toString()));
        }
        return directory;
    }

    private static Path createTemporary(Path directory, String targetName) throws IOException {
        long pid = ProcessHandle.current().pid();
        FileAlreadyExistsException last = null;
        for (int attempt = 0; attempt < TEMPORARY_NAME_ATTEMPTS; attempt++) {
            Path candidate = directory.resolve("." + targetName + "." + pid + "." + System.nanoTime() + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                last = taken;
            }
        }
        throw last;
    }

    /** Moves {@code temporary} over {@code target}, atomically where the file system can. */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary, Exception failure) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
