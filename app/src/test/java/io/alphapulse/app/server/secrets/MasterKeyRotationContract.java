package io.alphapulse.app.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.app.server.secrets.MasterKeyRotation.KeySource;
import io.alphapulse.app.server.secrets.MasterKeyRotation.RecoveryAction;
import io.alphapulse.app.server.secrets.MasterKeyRotation.Step;
import io.alphapulse.app.server.security.AccessTokens;
import io.alphapulse.app.server.security.FileSigningKeyStore;
import io.alphapulse.app.server.security.SigningKeys;
import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.store.users.ExchangeCredential;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import io.alphapulse.infra.store.users.PasswordHash;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Master-key rotation in place, on SQLite and on PostgreSQL alike: credentials and signing keys re-sealed,
 * and a rotation interrupted after any step brought to a consistent state by the next start.
 */
abstract class MasterKeyRotationContract {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    // The token decoder checks times against the system clock.
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path data;

    private TestDatabase store;
    private ExchangeCredentialRepository credentials;
    private MasterKey old;
    private User alice;
    private List<ExchangeCredential> stored;
    private String tokenIssuedBefore;

    protected abstract TestDatabase createStore(Path directory);

    @BeforeEach
    void storeWithCredentialsAndSigningKeys() throws Exception {
        store = createStore(data);
        store.database().migrate();
        credentials = new ExchangeCredentialRepository(store.database());
        UserRepository users = new UserRepository(store.database());
        alice = users.create("alice", Role.TRADER, new PasswordHash("$2a$12$" + "x".repeat(53)), T0);
        User bob = users.create("bob", Role.TRADER, new PasswordHash("$2a$12$" + "y".repeat(53)), T0);
        old = MasterKey.load(null, data);
        stored = List.of(
                store(old, alice, "binance", "AKEY-alice-1234", "SECRET-alice"),
                store(old, bob, "bybit", "AKEY-bob-5678", "SECRET-bob"));
        SigningKeys keys = new SigningKeys(new FileSigningKeyStore(signingKeysFile(), old), Duration.ofDays(7), CLOCK);
        keys.rotate();
        tokenIssuedBefore = new AccessTokens(keys, CLOCK).issue(alice).token();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void rotate_resealsEveryDataKey_underTheNewKey_leavingTheSealedKeyAndSecretAsTheyWere() throws Exception {
        MasterKey next = MasterKey.generate();

        MasterKeyRotation.Rotated rotated =
                rotation(MasterKeyRotation.Checkpoints.none()).rotate(old, next, KeySource.FILE);

        assertThat(rotated).isEqualTo(new MasterKeyRotation.Rotated(old.id(), next.id(), 2, 2));
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(next.id());
        assertThat(data.resolve(MasterKey.NEXT_FILE_NAME)).doesNotExist();
        assertOpenOnlyUnder(next);
        List<ExchangeCredential> after = credentials.listAll();
        for (ExchangeCredential before : stored) {
            ExchangeCredential now = after.stream()
                    .filter(c -> c.id().equals(before.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(now.apiKey()).isEqualTo(before.apiKey());
            assertThat(now.secret()).isEqualTo(before.secret());
            assertThat(now.dataKey()).isNotEqualTo(before.dataKey());
        }
    }

    @Test
    void rotate_keepsTheSigningKeys_soTokensIssuedBeforeStillVerify_andOnlyTheNewKeyOpensThem() throws Exception {
        MasterKey next = MasterKey.generate();

        rotation(MasterKeyRotation.Checkpoints.none()).rotate(old, next, KeySource.FILE);

        SigningKeys reloaded =
                new SigningKeys(new FileSigningKeyStore(signingKeysFile(), next), Duration.ofDays(7), CLOCK);
        assertThat(new AccessTokens(reloaded, CLOCK)
                        .decoder()
                        .decode(tokenIssuedBefore)
                        .getSubject())
                .isEqualTo(alice.id().toString());
        assertThat(FileSigningKeyStore.opensUnder(signingKeysFile(), old)).isFalse();
        assertThatThrownBy(() -> new FileSigningKeyStore(signingKeysFile(), old).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open under master key " + old.id());
    }

    @Test
    void rotate_whenACredentialIsSealedUnderAnUnknownKey_isRefusedNamingIt_andChangesNothing() throws Exception {
        MasterKey stranger = MasterKey.generate();
        ExchangeCredential foreign = store(stranger, alice, "deribit", "AKEY-foreign", "SECRET-foreign");

        assertThatThrownBy(() -> rotation(MasterKeyRotation.Checkpoints.none())
                        .rotate(old, MasterKey.generate(), KeySource.FILE))
                .isInstanceOf(MasterKeyRotation.RefusedException.class)
                .hasMessageContaining(foreign.id().toString())
                .hasMessageContaining(stranger.id());

        assertThat(data.resolve(MasterKey.NEXT_FILE_NAME)).doesNotExist();
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(old.id());
        assertThat(credentials.listAll())
                .filteredOn(c -> c.masterKeyId().equals(old.id()))
                .hasSize(2);
    }

    /** A crash after each step; the next start must end with everything under one key, the one it uses. */
    @ParameterizedTest
    @EnumSource(Step.class)
    void startup_afterACrashAtAnyStep_endsConsistent(Step crashAfter) throws Exception {
        MasterKey next = MasterKey.generate();

        assertThatThrownBy(() -> rotation(crashingAfter(crashAfter)).rotate(old, next, KeySource.FILE))
                .isInstanceOf(SimulatedCrash.class);
        MasterKey started = SecretsConfiguration.startupKey(data, "", credentials);

        MasterKey expected = crashAfter == Step.NEXT_KEY_WRITTEN ? old : next;
        assertThat(started.id()).isEqualTo(expected.id());
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(expected.id());
        assertThat(data.resolve(MasterKey.NEXT_FILE_NAME)).doesNotExist();
        assertOpenOnlyUnder(expected);
        // And a second start finds nothing left to do.
        assertThat(rotation(MasterKeyRotation.Checkpoints.none())
                        .recover(started, KeySource.FILE)
                        .action())
                .isEqualTo(RecoveryAction.NONE);
    }

    @Test
    void environmentKey_rotation_leavesTheNewKeyInMasterKeyNext_andStartupUsesItUntilTheVariableIsUpdated()
            throws Exception {
        Files.delete(data.resolve(MasterKey.FILE_NAME));
        String variable = base64(old);
        MasterKey next = MasterKey.generate();

        rotation(MasterKeyRotation.Checkpoints.none()).rotate(old, next, KeySource.ENVIRONMENT);

        assertThat(data.resolve(MasterKey.FILE_NAME)).doesNotExist();
        assertThat(MasterKey.readFile(data.resolve(MasterKey.NEXT_FILE_NAME)).id())
                .isEqualTo(next.id());
        assertOwnerOnly(data.resolve(MasterKey.NEXT_FILE_NAME));
        // Started with the old variable: the rotated key from the file, and a warning to update the variable.
        assertThat(SecretsConfiguration.startupKey(data, variable, credentials).id())
                .isEqualTo(next.id());
        assertOpenOnlyUnder(next);
        // Started with the new variable: that key, the file reported as a left-over copy.
        MasterKeyRotation.Recovery updated =
                rotation(MasterKeyRotation.Checkpoints.none()).recover(next, KeySource.ENVIRONMENT);
        assertThat(updated.action()).isEqualTo(RecoveryAction.NEXT_FILE_LEFT_OVER);
        assertThat(updated.message()).contains("delete").doesNotContain(base64(next));
    }

    @Test
    void environmentKey_withNothingSealedYet_keepsTheNewKeyForTheOperator() throws Exception {
        for (ExchangeCredential credential : stored) {
            credentials.delete(credential.id(), credential.userId());
        }
        Files.delete(signingKeysFile());
        Files.delete(data.resolve(MasterKey.FILE_NAME));
        MasterKey next = MasterKey.generate();
        rotation(MasterKeyRotation.Checkpoints.none()).rotate(old, next, KeySource.ENVIRONMENT);

        MasterKeyRotation.Recovery restarted =
                rotation(MasterKeyRotation.Checkpoints.none()).recover(old, KeySource.ENVIRONMENT);

        assertThat(restarted.action()).isEqualTo(RecoveryAction.ENVIRONMENT_NOT_UPDATED);
        assertThat(restarted.key().id()).isEqualTo(next.id());
        assertThat(MasterKey.readFile(data.resolve(MasterKey.NEXT_FILE_NAME)).id())
                .isEqualTo(next.id());
    }

    @Test
    void environmentKey_crashBeforeTheTransaction_isRolledBack() throws Exception {
        Files.delete(data.resolve(MasterKey.FILE_NAME));
        MasterKey next = MasterKey.generate();

        assertThatThrownBy(
                        () -> rotation(crashingAfter(Step.NEXT_KEY_WRITTEN)).rotate(old, next, KeySource.ENVIRONMENT))
                .isInstanceOf(SimulatedCrash.class);

        assertThat(SecretsConfiguration.startupKey(data, base64(old), credentials)
                        .id())
                .isEqualTo(old.id());
        assertThat(data.resolve(MasterKey.NEXT_FILE_NAME)).doesNotExist();
        assertOpenOnlyUnder(old);
    }

    private void assertOpenOnlyUnder(MasterKey key) throws Exception {
        CredentialVault vault = new CredentialVault(key);
        List<ExchangeCredential> all = credentials.listAll();
        assertThat(all).hasSize(stored.size()).allSatisfy(c -> assertThat(c.masterKeyId())
                .isEqualTo(key.id()));
        assertThat(all.stream().map(c -> vault.open(c).apiKey()))
                .containsExactlyInAnyOrder("AKEY-alice-1234", "AKEY-bob-5678");
        MasterKey other = key.id().equals(old.id()) ? MasterKey.generate() : old;
        for (ExchangeCredential credential : all) {
            ExchangeCredential relabelled = new ExchangeCredential(
                    credential.id(),
                    credential.userId(),
                    credential.venue(),
                    credential.label(),
                    credential.apiKey(),
                    credential.secret(),
                    credential.dataKey(),
                    other.id(),
                    credential.createdAt());
            assertThatThrownBy(() -> new CredentialVault(other).open(relabelled))
                    .isInstanceOf(CredentialVault.VaultException.class);
        }
        assertThat(FileSigningKeyStore.opensUnder(signingKeysFile(), key)).isTrue();
        assertThat(new FileSigningKeyStore(signingKeysFile(), key).load()).hasSize(2);
    }

    private static void assertOwnerOnly(Path file) throws Exception {
        try {
            assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL applies.
        }
    }

    private MasterKeyRotation rotation(MasterKeyRotation.Checkpoints checkpoints) {
        return new MasterKeyRotation(data, credentials, checkpoints);
    }

    private static MasterKeyRotation.Checkpoints crashingAfter(Step step) {
        return reached -> {
            if (reached == step) {
                throw new SimulatedCrash(step);
            }
        };
    }

    private ExchangeCredential store(MasterKey key, User user, String venue, String apiKey, String secret)
            throws Exception {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = new CredentialVault(key).seal(user.id(), id, apiKey, secret);
        return credentials.create(
                id,
                user.id(),
                venue,
                "main",
                sealed.apiKey(),
                sealed.secret(),
                sealed.dataKey(),
                sealed.masterKeyId(),
                T0);
    }

    private Path signingKeysFile() {
        return data.resolve(FileSigningKeyStore.FILE_NAME);
    }

    private String base64(MasterKey key) {
        return java.util.Base64.getEncoder().encodeToString(key.key().getEncoded());
    }

    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(Step step) {
            super("simulated crash after " + step);
        }
    }
}
