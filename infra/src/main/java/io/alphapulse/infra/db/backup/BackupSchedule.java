package io.alphapulse.infra.db.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Backs the store up every {@link BackupSettings#interval()} on one daemon thread and keeps the newest
 * {@link BackupSettings#keep()} backups in {@link BackupSettings#directory()}. A failed backup or clean-up
 * is handed to the failure callback (to log, alert and show on health) and the schedule carries on:
 * one bad night must not stop the next backups.
 */
public final class BackupSchedule implements AutoCloseable {

    /** Makes one backup into a directory and returns its file. */
    @FunctionalInterface
    public interface BackupTask {
        Path backup(Path directory);
    }

    private final BackupSettings settings;
    private final BackupTask task;
    private final Consumer<RuntimeException> onFailure;
    private final ScheduledExecutorService scheduler;

    /**
     * @param onFailure told about every failed run; never null, so failures are never silent
     */
    public BackupSchedule(BackupSettings settings, BackupTask task, Consumer<RuntimeException> onFailure) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.task = Objects.requireNonNull(task, "task");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alphapulse-backup");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A schedule backing up with {@code backup}. */
    public static BackupSchedule of(
            BackupSettings settings, DatabaseBackup backup, Consumer<RuntimeException> onFailure) {
        return new BackupSchedule(settings, backup::backup, onFailure);
    }

    /**
     * Starts backing up: first after one interval, then one interval after each run ends, so a slow
     * backup never overlaps the next. Does nothing when backups are not enabled.
     */
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        long millis = settings.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::runAndReport, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One backup followed by the clean-up of old ones, on the calling thread.
     *
     * @return the new backup
     * @throws RuntimeException from the backup or the clean-up
     */
    public Path runOnce() {
        Path backup = task.backup(settings.directory());
        deleteBeyondRetention();
        return backup;
    }

    /** The complete backups in the directory, oldest first (their names sort by time). */
    public List<Path> backups() {
        if (!Files.isDirectory(settings.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.directory())) {
            return files.filter(file -> DatabaseBackup.BACKUP_NAME
                            .matcher(file.getFileName().toString())
                            .matches())
                    .sorted()
                    .toList();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list the backups in " + settings.directory(), failure);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runAndReport() {
        try {
            runOnce();
        } catch (RuntimeException failure) {
            // Swallowing it here would also cancel every later run: report and carry on.
            onFailure.accept(failure);
        }
    }

    private void deleteBeyondRetention() {
        List<Path> backups = backups();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - settings.keep()))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot delete the old backup " + old, failure);
            }
        }
    }
}
