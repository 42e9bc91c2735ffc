package io.alphapulse.app.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform as a server (ARCHITECTURE.md §5 {@code ./alphapulse run}): live paper trading, the REST
 * and WebSocket API and the dashboard, in one process on the in-process bus. Its settings are in {@code
 * application.properties}, each overridable by an {@code ALPHAPULSE_*} environment variable (§8).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlphaPulseServer {

    /** Starts the server and returns once it is ready to serve. */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(AlphaPulseServer.class);
        application.setRegisterShutdownHook(true);
        return application.run(args);
    }
}
