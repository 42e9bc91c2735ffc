package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.alphapulse.app.server.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class LoginThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(RateLimitSettings.defaults(), clock);

    @Test
    void fiveFailures_lockTheAccount_for30Seconds_fromEveryAddress() throws Exception {
        failTimes("alice", "10.0.0.1", 4);
        assertThatCode(() -> throttle.admit("alice", "10.0.0.1")).doesNotThrowAnyException();
        throttle.failed("alice");

        LoginThrottle.ThrottledException locked = throttled("alice", "10.0.0.1");
        assertThat(locked.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(locked.retryAfterSeconds()).isEqualTo(30);
        assertThat(throttled("ALICE", "10.0.0.2").retryAfter()).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttled("alice", "10.0.0.3").retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.admit("alice", "10.0.0.3")).doesNotThrowAnyException();
    }

    @Test
    void eachFurtherFailure_doublesTheLockout_upTo15Minutes() throws Exception {
        failTimes("alice", "10.0.0.1", 5);
        Duration[] expected = {
            Duration.ofSeconds(60),
            Duration.ofSeconds(120),
            Duration.ofSeconds(240),
            Duration.ofSeconds(480),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15)
        };
        for (Duration lockout : expected) {
            clock.advance(Duration.ofMinutes(15));
            throttle.admit("alice", "10.0.0.1");
            throttle.failed("alice");
            assertThat(throttled("alice", "10.0.0.1").retryAfter()).isEqualTo(lockout);
        }
    }

    @Test
    void admitAddress_spendsTheAddressBucketSharedWithPasswordLogins() throws Exception {
        failTimes("alice", "10.0.0.1", 5);
        for (int i = 5; i < 19; i++) {
            throttle.admitAddress("10.0.0.1");
        }
        throttle.admit("bob", "10.0.0.1");

        assertThatThrownBy(() -> throttle.admitAddress("10.0.0.1"))
                .as("20 attempts of the address spent, 5 of them by password logins")
                .isInstanceOf(LoginThrottle.ThrottledException.class);
        assertThatCode(() -> throttle.admitAddress("10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void aSuccess_clearsTheFailures() throws Exception {
        failTimes("alice", "10.0.0.1", 4);
        throttle.admit("alice", "10.0.0.1");
        throttle.succeeded("Alice");

        failTimes("alice", "10.0.0.1", 4);
        assertThatCode(() -> throttle.admit("alice", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void aLockedAccount_doesNotLockAnotherAccount_andUnknownNamesLockAlike() throws Exception {
        failTimes("nobody-by-this-name", "10.0.0.1", 5);

        assertThat(throttled("nobody-by-this-name", "10.0.0.1").retryAfterSeconds())
                .isEqualTo(30);
        assertThatCode(() -> throttle.admit("bob", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void anAddress_gets20AttemptsAMinute_refilledGradually_andOtherAddressesAreUnaffected() throws Exception {
        for (int i = 0; i < 20; i++) {
            throttle.admit("user" + i, "10.0.0.9");
        }
        LoginThrottle.ThrottledException spent = throttled("someone-else", "10.0.0.9");
        assertThat(spent.retryAfterSeconds()).isEqualTo(3);
        assertThatCode(() -> throttle.admit("someone-else", "10.0.0.10")).doesNotThrowAnyException();

        clock.advance(Duration.ofSeconds(3));
        throttle.admit("someone-else", "10.0.0.9");
        assertThat(throttled("someone-else", "10.0.0.9")).isNotNull();
    }

    @Test
    void refusedAttempts_areNotFailures_andDoNotSpendTheAddress() throws Exception {
        failTimes("alice", "10.0.0.1", 5);
        for (int i = 0; i < 100; i++) {
            throttled("alice", "10.0.0.1");
        }
        // 5 of 20 attempts spent: 15 more for other accounts from the same address.
        for (int i = 0; i < 15; i++) {
            throttle.admit("other" + i, "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.admit("other", "10.0.0.1"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);
        clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> throttle.admit("alice", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void idleEntries_areForgotten_butRunningLockoutsAreKept() throws Exception {
        RateLimitSettings settings = new RateLimitSettings(
                20,
                1,
                Duration.ofHours(2),
                Duration.ofHours(2),
                Duration.ofMinutes(10),
                3,
                50,
                200,
                DataSize.ofKilobytes(64));
        LoginThrottle small = new LoginThrottle(settings, clock);
        small.admit("locked", "10.0.0.1");
        small.failed("locked");
        small.admit("a", "10.0.0.2");
        assertThat(small.tracked()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(11));
        small.admit("b", "10.0.0.3");

        assertThat(small.tracked()).isEqualTo(2);
        assertThatThrownBy(() -> small.admit("locked", "10.0.0.3"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);
    }

    @Test
    void aFullTable_neverPushesOutARunningLockout() throws Exception {
        RateLimitSettings settings = new RateLimitSettings(
                1000,
                1,
                Duration.ofMinutes(5),
                Duration.ofMinutes(5),
                Duration.ofHours(1),
                2,
                50,
                200,
                DataSize.ofKilobytes(64));
        LoginThrottle small = new LoginThrottle(settings, clock);
        small.failed("first");
        small.failed("second");
        for (int i = 0; i < 50; i++) {
            small.failed("flood" + i);
        }
        assertThatThrownBy(() -> small.admit("first", "10.0.0.1")).isInstanceOf(LoginThrottle.ThrottledException.class);
        assertThatThrownBy(() -> small.admit("second", "10.0.0.1"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);
        assertThatCode(() -> small.admit("flood0", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void retryAfterSeconds_roundsUp_andIsAtLeastOne() {
        assertThat(new LoginThrottle.ThrottledException(Duration.ofMillis(1)).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new LoginThrottle.ThrottledException(Duration.ofMillis(2001)).retryAfterSeconds())
                .isEqualTo(3);
        assertThat(new LoginThrottle.ThrottledException(Duration.ZERO).retryAfterSeconds())
                .isEqualTo(1);
    }

    private void failTimes(String username, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            throttle.admit(username, address);
            throttle.failed(username);
        }
    }

    private LoginThrottle.ThrottledException throttled(String username, String address) {
        LoginThrottle.ThrottledException refused =
                catchThrowableOfType(LoginThrottle.ThrottledException.class, () -> throttle.admit(username, address));
        assertThat(refused).as("%s from %s is throttled", username, address).isNotNull();
        return refused;
    }
}
