package io.alphapulse.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void fromEnvironment_defaultsToTheEmbeddedSqliteFile() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of());

        assertThat(settings.url()).isEqualTo("jdbc:sqlite:./data/alphapulse.db");
        assertThat(settings.vendor()).isEqualTo(Vendor.SQLITE);
    }

    @Test
    void fromEnvironment_readsPostgresqlSettings() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of(
                "ALPHAPULSE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test",
                "ALPHAPULSE_DB_USER", "postgres",
                "ALPHAPULSE_DB_PASSWORD", "s3cret"));

        assertThat(settings.vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(settings.user()).isEqualTo("postgres");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void unsupportedUrl_isRefusedNamingIt() {
        assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("ALPHAPULSE_DB_URL", "jdbc:mysql://x/y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://x/y");
    }
}
