package io.alphapulse.infra.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceConditionTest {

    @Test
    void allServicesReachable_enablesTheTest() {
        ServiceCondition condition = new ServiceCondition(service -> true, true);

        assertThat(condition.evaluate(Service.POSTGRESQL, Service.REDIS).isDisabled())
                .isFalse();
    }

    @Test
    void missingServiceLocally_skipsWithAMessageNamingIt() {
        ServiceCondition condition = new ServiceCondition(service -> service != Service.REDIS, false);

        var result = condition.evaluate(Service.POSTGRESQL, Service.REDIS);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("Redis at 127.0.0.1:6379").doesNotContain("PostgreSQL"));
    }

    @Test
    void missingServiceUnderCi_failsInsteadOfSkipping() {
        ServiceCondition condition = new ServiceCondition(service -> false, true);

        assertThatThrownBy(() -> condition.evaluate(Service.POSTGRESQL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL at 127.0.0.1:5432")
                .hasMessageContaining("CI=true");
    }
}
