package io.alphapulse.app.server.api;

import io.alphapulse.app.server.research.BacktestJobs;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.app.server.security.TestCurrentUserResolver;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.users.Role;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The beans the API controllers need in slice tests: {@link FakeLive} for live trading, a real SQLite
 * store in a temporary directory, a simple meter registry, and a {@link TestCurrentUserResolver} in place
 * of the security layer's that takes the caller from the {@code X-Test-User} header ({@code role:uuid}),
 * a trader ({@link #TRADER}) when absent.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiTestConfig {

    static final UUID TRADER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final String USER_HEADER = "X-Test-User";

    @Bean
    FakeLive fakeLive() {
        return new FakeLive();
    }

    @Bean(destroyMethod = "close")
    Database database() throws IOException {
        Path directory = Files.createTempDirectory("alphapulse-api-test");
        directory.toFile().deleteOnExit();
        Database database =
                Database.open(new DatabaseSettings("jdbc:sqlite:" + directory.resolve("api.db"), null, null));
        database.migrate();
        return database;
    }

    @Bean
    BarRepository barRepository(Database database) {
        return BarRepository.on(database);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean(destroyMethod = "destroy")
    BacktestJobs backtestJobs(ObjectProvider<BarRepository> bars) {
        return new BacktestJobs(bars);
    }

    @Bean
    WebMvcConfigurer testCurrentUser() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new TestCurrentUserResolver(ApiTestConfig::caller));
            }
        };
    }

    /** The caller named by {@code X-Test-User: role:uuid}, {@link #TRADER} when the header is absent. */
    static CurrentUser caller(NativeWebRequest request) {
        String header = request.getHeader(USER_HEADER);
        if (header == null) {
            return new CurrentUser(TRADER, "tessa", Role.TRADER);
        }
        String[] parts = header.split(":", 2);
        return new CurrentUser(UUID.fromString(parts[1]), "user-" + parts[0], Role.ofExternalName(parts[0]));
    }
}
