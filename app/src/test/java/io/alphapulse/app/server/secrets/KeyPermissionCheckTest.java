package io.alphapulse.app.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.KeyPermissionProbe;
import io.alphapulse.adapters.permissions.KeyPermissions;
import io.alphapulse.adapters.permissions.ProbeException;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.users.ExchangeCredential;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the permission check reports for each kind of answer, without a server. */
class KeyPermissionCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final UUID USER = UUID.randomUUID();

    @TempDir
    Path directory;

    private TestDatabase store;
    private final MasterKey key = MasterKey.generate();
    private final CredentialVault vault = new CredentialVault(key);

    @BeforeEach
    void open() {
        store = TestDatabase.sqlite(directory);
        store.database().migrate();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private KeyPermissionCheck check(Function<ApiCredentials, KeyPermissions> answer) {
        KeyPermissionProbe probe = new KeyPermissionProbe() {
            @Override
            public String venue() {
                return "binance";
            }

            @Override
            public KeyPermissions probe(ApiCredentials credentials) {
                return answer.apply(credentials);
            }
        };
        return new KeyPermissionCheck(
                List.of(probe), vault, new AuditLog(store.database()), Clock.fixed(NOW, ZoneOffset.UTC), 1);
    }

    private ExchangeCredential credential(String venue, CredentialVault sealer) {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = sealer.seal(USER, id, "KEY-0000-ABCD", "SECRET");
        return new ExchangeCredential(
                id, USER, venue, "main", sealed.apiKey(), sealed.secret(), sealed.dataKey(), sealed.masterKeyId(), NOW);
    }

    @Test
    void aReportedKey_isKeptWithItsFlagsAndTime_andTheProbeGetsTheOpenedKey() throws Exception {
        try (KeyPermissionCheck check = check(credentials -> {
            assertThat(credentials.apiKey()).isEqualTo("KEY-0000-ABCD");
            return new KeyPermissions(true, false, true, null);
        })) {
            ExchangeCredential credential = credential("binance", vault);
            assertThat(check.status(credential).state()).isEqualTo("pending");

            KeyPermissionStatus status = check.check(credential).get(10, TimeUnit.SECONDS);

            assertThat(status)
                    .isEqualTo(new KeyPermissionStatus("reported", true, false, true, NOW.toEpochMilli(), null));
            assertThat(check.status(credential)).isEqualTo(status);
            check.forget(credential.id());
            assertThat(check.status(credential).state()).isEqualTo("pending");
        }
    }

    @Test
    void aFailingProbe_leavesTheStatusUnknown_withTheReason() throws Exception {
        try (KeyPermissionCheck check = check(credentials -> {
            throw new ProbeException(ProbeException.Reason.UNAVAILABLE, "binance: server error 503");
        })) {
            KeyPermissionStatus status =
                    check.check(credential("binance", vault)).get(10, TimeUnit.SECONDS);

            assertThat(status.state()).isEqualTo("unknown");
            assertThat(status.withdrawalsEnabled()).isNull();
            assertThat(status.reason()).isEqualTo("binance: server error 503");
        }
    }

    @Test
    void aProbeThatBreaks_leavesTheStatusUnknown_insteadOfFailingTheCheck() throws Exception {
        try (KeyPermissionCheck check = check(credentials -> {
            throw new IllegalStateException("bug");
        })) {
            KeyPermissionStatus status =
                    check.check(credential("binance", vault)).get(10, TimeUnit.SECONDS);

            assertThat(status.state()).isEqualTo("unknown");
            assertThat(status.reason()).contains("IllegalStateException");
        }
    }

    @Test
    void aCredentialUnderAnotherMasterKey_isUnknown_andTheVenueIsNotAsked() throws Exception {
        try (KeyPermissionCheck check = check(credentials -> {
            throw new AssertionError("the venue must not be asked");
        })) {
            KeyPermissionStatus status = check.check(credential("binance", new CredentialVault(MasterKey.generate())))
                    .get(10, TimeUnit.SECONDS);

            assertThat(status.state()).isEqualTo("unknown");
            assertThat(status.reason()).contains("cannot open the credential");
        }
    }

    @Test
    void aVenueWithoutAProbe_isNotReported() throws Exception {
        try (KeyPermissionCheck check = check(credentials -> {
            throw new AssertionError("no probe for sim");
        })) {
            ExchangeCredential sim = credential("sim", vault);

            assertThat(check.check(sim).get(10, TimeUnit.SECONDS).state()).isEqualTo("not-reported");
            assertThat(check.status(sim).reason()).isEqualTo("sim does not report key permissions");
        }
    }
}
