package io.alphapulse.infra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test that needs real services. Locally, when one is not reachable, the test is
 * skipped with a visible message; under {@code CI=true} it fails instead, so a CI run can never pass
 * by skipping what it was meant to check.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServiceCondition.class)
public @interface RequiresServices {
    Service[] value();
}
