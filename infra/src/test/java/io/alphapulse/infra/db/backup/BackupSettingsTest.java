package io.alphapulse.infra.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupSettingsTest {

    @Test
    void from_nothing_isDisabledWithDefaults() {
        BackupSettings settings = BackupSettings.from(Map.of(), Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.directory()).isEqualTo(Path.of("./data/backups"));
        assertThat(settings.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.keep()).isEqualTo(7);
    }

    @Test
    void from_properties_readsEverySetting() {
        BackupSettings settings = BackupSettings.from(
                Map.of(
                        "alphapulse.backup.enabled", "true",
                        "alphapulse.backup.directory", "/var/backups/alphapulse",
                        "alphapulse.backup.interval", "PT30M",
                        "alphapulse.backup.keep", "3"),
                Map.of());

        assertThat(settings)
                .isEqualTo(new BackupSettings(true, Path.of("/var/backups/alphapulse"), Duration.ofMinutes(30), 3));
    }

    @Test
    void environment_winsOverProperties() {
        BackupSettings settings = BackupSettings.from(
                Map.of("alphapulse.backup.interval", "PT30M", "alphapulse.backup.keep", "3"),
                Map.of(
                        "ALPHAPULSE_BACKUP_ENABLED",
                        "true",
                        "ALPHAPULSE_BACKUP_INTERVAL",
                        "6h",
                        "ALPHAPULSE_BACKUP_KEEP",
                        "10"));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.keep()).isEqualTo(10);
    }

    @Test
    void interval_acceptsIsoAndShortForms() {
        assertThat(BackupSettings.parseInterval("PT6H")).isEqualTo(Duration.ofHours(6));
        assertThat(BackupSettings.parseInterval("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BackupSettings.parseInterval("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(BackupSettings.parseInterval("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(BackupSettings.parseInterval("250ms")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void malformedInterval_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> BackupSettings.from(Map.of("alphapulse.backup.interval", "often"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("often");
    }

    @Test
    void keepBelowOne_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> BackupSettings.from(Map.of(), Map.of("ALPHAPULSE_BACKUP_KEEP", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keep")
                .hasMessageContaining("0");
    }

    @Test
    void enabledThatIsNotABoolean_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> BackupSettings.from(Map.of(), Map.of("ALPHAPULSE_BACKUP_ENABLED", "maybe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maybe");
    }
}
