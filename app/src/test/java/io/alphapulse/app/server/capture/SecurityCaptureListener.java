package io.alphapulse.app.server.capture;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Hooks the security capture into every server a test starts (registered for tests only, in {@code
 * src/test/resources/META-INF/spring.factories}), so no test has to remember it:
 *
 * <ul>
 *   <li>right after Spring Boot has configured logging, a file appender joins the root logger, so the
 *       capture sees every log line the configured console sees, from the first one;
 *   <li>a web server gets {@link ResponseCaptureFilter} in front of every other filter;
 *   <li>once started, the first-admin password and master key are recorded as secrets, whether
 *       configured or generated into the data directory.
 * </ul>
 *
 * Does nothing unless the build set {@value SecurityCapture#DIRECTORY_PROPERTY}.
 */
public final class SecurityCaptureListener implements SmartApplicationListener {

    private static final String APPENDER = "security-capture";

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type)
                || ApplicationReadyEvent.class.isAssignableFrom(type);
    }

    /** After {@link LoggingApplicationListener}, which resets logging and would drop an earlier appender. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (SecurityCapture.directory().isEmpty()) {
            return;
        }
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> attachLogFile();
            case ApplicationPreparedEvent prepared -> {
                if (prepared.getApplicationContext() instanceof ServletWebServerApplicationContext web) {
                    FilterRegistrationBean<ResponseCaptureFilter> filter =
                            new FilterRegistrationBean<>(new ResponseCaptureFilter());
                    filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
                    filter.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
                    filter.addUrlPatterns("/*");
                    web.getBeanFactory().registerSingleton("securityCaptureFilter", filter);
                }
            }
            case ApplicationReadyEvent ready -> {
                // Only now: a test's @DynamicPropertySource joins the environment after it is first prepared.
                recordConfiguredSecrets(ready.getApplicationContext().getEnvironment());
                recordDataDirectorySecrets(ready.getApplicationContext().getEnvironment());
            }
            default -> {}
        }
    }

    private static void attachLogFile() {
        Optional<Path> file = SecurityCapture.logFile();
        if (file.isEmpty() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) != null) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n%ex");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.get().toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
    }

    private static void recordConfiguredSecrets(Environment environment) {
        String adminPassword = environment.getProperty("alphapulse.admin-password");
        if (adminPassword != null && !adminPassword.isBlank()) {
            SecurityCapture.recordSecret("admin password (configured)", adminPassword);
        }
        String masterKey = environment.getProperty("alphapulse.master-key");
        if (masterKey != null && !masterKey.isBlank()) {
            recordMasterKey("ALPHAPULSE_MASTER_KEY", masterKey);
        }
    }

    private static void recordDataDirectorySecrets(Environment environment) {
        Path data = Path.of(environment.getProperty("alphapulse.data-dir", "./data"));
        try {
            Path masterKey = data.resolve("master.key");
            if (Files.isRegularFile(masterKey)) {
                recordMasterKey(masterKey.toString(), Files.readString(masterKey, StandardCharsets.US_ASCII));
            }
            Path generated = data.resolve("initial-admin-password");
            if (Files.isRegularFile(generated)) {
                SecurityCapture.recordSecret(
                        "admin password (generated)",
                        Files.readString(generated, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory's secrets for the capture", e);
        }
    }

    private static void recordMasterKey(String source, String base64) {
        try {
            SecurityCapture.recordMasterKey(source, Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            // The server refuses such a key at start; record it as it is.
            SecurityCapture.recordSecret("master key (" + source + ")", base64.strip());
        }
    }
}
