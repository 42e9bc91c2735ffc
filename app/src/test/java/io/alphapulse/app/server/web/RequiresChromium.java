package io.alphapulse.app.server.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a browser test that drives the system Chromium ({@link ChromiumCondition#CHROMIUM}). Locally,
 * when it is not installed, the test is skipped with a visible message; under {@code CI=true} it fails
 * instead (as {@code RequiresServices} does for PostgreSQL and Redis), and {@code .ci/run} installs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumCondition.class)
@interface RequiresChromium {}
