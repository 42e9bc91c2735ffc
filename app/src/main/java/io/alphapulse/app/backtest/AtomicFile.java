package io.alphapulse.app.backtest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part: the
 * content goes to a temporary file in the same directory, which is then moved into place.
 */
public final class AtomicFile {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Checks, before any work is done, that {@code target} can be written: its directory exists and
     * accepts new files.
     *
     * @throws OutputPathException naming the path and the problem
     */
    public static void checkWritable(Path target) {
        Path directory = directoryOf(target);
        if (!Files.isDirectory(directory)) {
            throw new OutputPathException("cannot write " + target + ": directory " + directory + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new OutputPathException("cannot write " + target + ": it is a directory");
        }
        try {
            Path probe = Files.createTempFile(directory, ".alphapulse-", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException denied) {
            throw new OutputPathException("cannot write " + target + ": directory " + directory + " is not writable");
        }
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @throws OutputPathException if the file cannot be written; no partial file is left behind
     */
    public static void write(Path target, Content content) {
        Path directory = directoryOf(target);
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, "." + target.getFileName() + "-", ".tmp");
            makeReadable(temporary);
        } catch (NoSuchFileException | AccessDeniedException denied) {
            throw new OutputPathException("cannot write " + target + ": directory " + directory
                    + (denied instanceof NoSuchFileException ? " does not exist" : " is not writable"));
        } catch (IOException failure) {
            throw new OutputPathException("cannot write " + target + ": " + failure.getMessage());
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The write already failed; that is the error worth reporting.
            }
            if (failure instanceof OutputPathException outputPathException) {
                throw outputPathException;
            }
            throw new OutputPathException("cannot write " + target + ": " + failure.getMessage());
        }
    }

    /** Temporary files are created private; results are ordinary files others may read. */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
