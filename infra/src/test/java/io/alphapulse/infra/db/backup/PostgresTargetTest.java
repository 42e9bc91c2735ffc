package io.alphapulse.infra.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.DatabaseSettings;
import org.junit.jupiter.api.Test;

class PostgresTargetTest {

    @Test
    void of_readsHostPortDatabaseAndUser() {
        PostgresTarget target = PostgresTarget.of(
                new DatabaseSettings("jdbc:postgresql://db.example:6543/trading?ssl=true", "alpha", "s3cret"));

        assertThat(target.host()).isEqualTo("db.example");
        assertThat(target.port()).isEqualTo(6543);
        assertThat(target.database()).isEqualTo("trading");
        assertThat(target.connectionArguments())
                .contains("--host=db.example", "--port=6543", "--dbname=trading", "--username=alpha");
    }

    @Test
    void password_goesToTheEnvironment_neverOnTheCommandLine() {
        PostgresTarget target =
                PostgresTarget.of(new DatabaseSettings("jdbc:postgresql://localhost/trading", "alpha", "s3cret"));

        assertThat(String.join(" ", target.connectionArguments())).doesNotContain("s3cret");
        assertThat(target.environment()).containsEntry("PGPASSWORD", "s3cret");
        assertThat(target.toString()).doesNotContain("s3cret");
    }

    @Test
    void of_defaultsThePortAndReadsUserAndPasswordFromTheUrl() {
        PostgresTarget target = PostgresTarget.of(
                new DatabaseSettings("jdbc:postgresql://localhost/trading?user=bob&password=p%40ss", null, null));

        assertThat(target.port()).isEqualTo(5432);
        assertThat(target.user()).isEqualTo("bob");
        assertThat(target.environment()).containsEntry("PGPASSWORD", "p@ss");
    }

    @Test
    void of_aUrlWithoutDatabase_isRefusedNamingIt() {
        assertThatThrownBy(() -> PostgresTarget.of(new DatabaseSettings("jdbc:postgresql://localhost/", null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://localhost/");
    }
}
