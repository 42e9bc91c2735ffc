package io.alphapulse.app.server;

import io.alphapulse.app.server.security.AdminBootstrap;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints, once the server is ready, where it is and how to log in. */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private final AdminBootstrap admin;
    private final PrintStream out = System.out;

    StartupReport(AdminBootstrap admin) {
        this.admin = admin;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        String url = "http://localhost:" + port;
        out.printf("%nAlphaPulse is running at %s (ready %.1f s after JVM start)%n", url, uptime / 1000.0);
        out.printf("  Dashboard:  %s/%n", url);
        out.printf("  API docs:   %s/swagger-ui.html%n", url);
        out.printf("  Log in:     %s%n", admin.outcome());
        out.printf("  Stop with Ctrl-C (or SIGTERM): strategies stop, data is flushed.%n%n");
        out.flush();
        admin.forget();
    }
}
