package io.alphapulse.infra.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupScheduleTest {

    @TempDir
    Path directory;

    @Test
    void runOnce_keepsOnlyTheNewestBackups() throws IOException {
        DatabaseSettings database =
                new DatabaseSettings("jdbc:sqlite:" + directory.resolve("alphapulse.db"), null, null);
        try (Database store = Database.open(database)) {
            store.migrate();
        }
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-21T00:00:00Z"), Duration.ofHours(6));
        Path backups = directory.resolve("backups");
        Files.createDirectories(backups);
        Path unrelated = Files.writeString(backups.resolve("notes.txt"), "kept");
        BackupSettings settings = new BackupSettings(true, backups, Duration.ofHours(6), 3);
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();

        try (BackupSchedule schedule =
                BackupSchedule.of(settings, new DatabaseBackup(database, clock), failures::add)) {
            for (int i = 0; i < 5; i++) {
                schedule.runOnce();
            }

            assertThat(schedule.backups())
                    .extracting(path -> path.getFileName().toString())
                    .containsExactly(
                            "alphapulse-20261121T120000000Z.db",
                            "alphapulse-20261121T180000000Z.db",
                            "alphapulse-20261122T000000000Z.db");
        }
        assertThat(unrelated).exists();
        assertThat(failures).isEmpty();
    }

    @Test
    void start_runsRepeatedly_andReportsEveryFailure_withoutStopping() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        BackupSettings settings = new BackupSettings(true, directory, Duration.ofMillis(20), 2);
        BackupSchedule.BackupTask failing = target -> {
            runs.incrementAndGet();
            throw new BackupException("disk full at " + target);
        };

        try (BackupSchedule schedule = new BackupSchedule(settings, failing, failures::add)) {
            schedule.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (failures.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }

        assertThat(failures).hasSizeGreaterThanOrEqualTo(3);
        assertThat(failures.getFirst()).hasMessageContaining("disk full at " + directory);
        assertThat(runs.get()).isGreaterThanOrEqualTo(failures.size());
    }

    @Test
    void start_whenDisabled_neverRuns() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        BackupSettings settings = new BackupSettings(false, directory, Duration.ofMillis(10), 2);

        try (BackupSchedule schedule = new BackupSchedule(
                settings,
                target -> {
                    runs.incrementAndGet();
                    return target;
                },
                failure -> {})) {
            schedule.start();
            Thread.sleep(100);
        }

        assertThat(runs.get()).isZero();
    }

    /** A clock that moves forward by a fixed step each time it is read. */
    private static final class SteppingClock extends Clock {
        private Instant next;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.next = start;
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(step);
            return now;
        }
    }
}
