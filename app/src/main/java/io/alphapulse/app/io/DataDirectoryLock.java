package io.alphapulse.app.io;

import io.alphapulse.infra.db.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * An exclusive operating-system lock on {@code <data-dir>/alphapulse.lock}, held by the server for its
 * whole life and by commands that must not run beside it ({@code ./alphapulse master-key rotate}). The
 * lock is taken with {@link FileChannel#tryLock()} ({@code fcntl}/{@code LockFileEx}), so the operating
 * system releases it when the process ends, however it ends: a crashed server leaves no stale lock to
 * clean up, unlike a PID file. It guards the data directory, where the master key lives; two processes
 * on the same PostgreSQL database with different data directories are not seen.
 */
public final class DataDirectoryLock implements AutoCloseable {

    public static final String FILE_NAME = "alphapulse.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dataDirectory} (created with mode 700 when missing), or returns empty when
     * another process, or another part of this one, holds it.
     */
    public static Optional<DataDirectoryLock> tryAcquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            OwnerOnlyFiles.createDirectories(dataDirectory);
            channel = openOwnerOnly(file);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataDirectoryLock(file, channel, lock));
        } catch (OverlappingFileLockException heldInThisProcess) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data directory " + dataDirectory + " (" + file + ")", e);
        }
    }

    /**
     * Takes the lock of {@code dataDirectory}.
     *
     * @throws IllegalStateException naming the directory when another process holds it
     */
    public static DataDirectoryLock acquire(Path dataDirectory) {
        return tryAcquire(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("another AlphaPulse process is using the data directory "
                        + dataDirectory.toAbsolutePath() + " (it holds " + FILE_NAME
                        + "): a running server, or a master-key rotation"));
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written; the operating system drops the lock with the descriptor.
        }
    }

    @Override
    public String toString() {
        return "DataDirectoryLock[" + file + "]";
    }

    /** Opens the lock file, creating it with mode 600 like every other file in the data directory. */
    private static FileChannel openOwnerOnly(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(OwnerOnlyFiles.FILE));
        } catch (UnsupportedOperationException noPosixModes) {
            return FileChannel.open(file, options);
        }
    }
}
