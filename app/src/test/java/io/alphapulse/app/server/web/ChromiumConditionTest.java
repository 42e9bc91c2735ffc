package io.alphapulse.app.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChromiumConditionTest {

    @Test
    void installed_runs() {
        assertThat(new ChromiumCondition(path -> true, true).evaluate().isDisabled())
                .isFalse();
    }

    @Test
    void missingLocally_skipsWithTheReason() {
        var result = new ChromiumCondition(path -> false, false).evaluate();

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("/usr/bin/chromium").contains("CI=true"));
    }

    @Test
    void missingUnderCi_fails() {
        assertThatThrownBy(() -> new ChromiumCondition(path -> false, true).evaluate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true");
    }
}
