package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.alphapulse.app.server.AlphaPulseServer;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.users.UserRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The server refuses to start with an ALPHAPULSE_ADMIN_PASSWORD that breaks the password policy. */
class AdminBootstrapPolicyIT {

    @TempDir
    Path data;

    private Throwable start(String adminPassword) {
        return catchThrowable(() -> {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AlphaPulseServer.class)
                    .run(
                            // Command-line arguments, so they win over application.properties.
                            "--alphapulse.port=0",
                            "--server.port=0",
                            "--alphapulse.data-dir=" + data,
                            "--alphapulse.db.url=jdbc:sqlite:" + data.resolve("alphapulse.db"),
                            "--alphapulse.admin-password=" + adminPassword,
                            "--alphapulse.backup.enabled=false")) {
                assertThat(context.isRunning()).isTrue();
            }
        });
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void aWeakConfiguredPassword_stopsTheStart_namingTheRules_andCreatesNoUser() throws Exception {
        Throwable failure = start("admin123");

        assertThat(failure).isNotNull();
        assertThat(messages(failure))
                .contains("ALPHAPULSE_ADMIN_PASSWORD does not meet the password policy")
                .contains("at least 12 characters")
                .contains("contain the username")
                .doesNotContain("admin123");
        try (Database database =
                Database.open(new DatabaseSettings("jdbc:sqlite:" + data.resolve("alphapulse.db"), null, null))) {
            database.migrate();
            assertThat(new UserRepository(database).count()).isZero();
        }
    }

    @Test
    void aCommonConfiguredPassword_stopsTheStart() {
        assertThat(messages(start("Password1234"))).contains("commonly used password");
    }

    @Test
    void aGoodConfiguredPassword_starts() {
        assertThat(start("quartz-ember-willow")).isNull();
    }
}
