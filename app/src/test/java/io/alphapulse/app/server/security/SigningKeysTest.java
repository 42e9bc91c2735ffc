package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import io.alphapulse.app.server.TestClock;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.store.users.PasswordHash;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtException;

class SigningKeysTest {

    private static final User CAROL =
            new User(UUID.randomUUID(), "carol", Role.TRADER, new PasswordHash("$2a$12$x"), Instant.EPOCH, false);
    private static final Duration ROTATION = Duration.ofHours(1);

    @TempDir
    Path dataDir;

    private final Instant start = Instant.now();
    private final TestClock keyClock = new TestClock(start);

    @Test
    void aTokenOfThePreviousKey_verifiesAfterRotation_untilThatKeyRetires_thenIsRefused() throws Exception {
        SigningKeys keys = new SigningKeys(store(), ROTATION, keyClock);
        // Tokens are issued and checked against real time; the key set's clock is the one that moves.
        AccessTokens tokens = new AccessTokens(keys, Clock.systemUTC());
        String first = keys.current().kid();
        String token = tokens.issue(CAROL).token();

        keyClock.set(start.plus(ROTATION));
        assertThat(keys.maintain()).isTrue();

        assertThat(keys.current().kid()).isNotEqualTo(first);
        assertThat(keys.all()).hasSize(2);
        assertThat(tokens.decoder().decode(token).getSubject())
                .isEqualTo(CAROL.id().toString());
        assertThat(kids(keys)).contains(first, keys.current().kid());
        assertThat(jwtKid(tokens.issue(CAROL).token())).isEqualTo(keys.current().kid());

        keyClock.set(start.plus(ROTATION).plus(SigningKeys.RETENTION).minusSeconds(1));
        assertThat(keys.maintain()).isFalse();
        assertThat(tokens.decoder().decode(token).getSubject())
                .isEqualTo(CAROL.id().toString());

        keyClock.set(start.plus(ROTATION).plus(SigningKeys.RETENTION));
        assertThat(keys.maintain()).isTrue();

        assertThat(keys.all())
                .extracting(SigningKey::kid)
                .containsExactly(keys.current().kid());
        assertThat(kids(keys)).doesNotContain(first);
        assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void aReplacedKey_isKeptAtLeastATokenLifetimePlusClockSkew() {
        assertThat(SigningKeys.RETENTION).isGreaterThanOrEqualTo(AccessTokens.LIFETIME.plus(SigningKeys.CLOCK_SKEW));
        SigningKeys keys = new SigningKeys(store(), ROTATION, keyClock);
        SigningKey first = keys.current();

        keys.rotate();

        SigningKey replaced = keys.all().get(1);
        assertThat(replaced.kid()).isEqualTo(first.kid());
        assertThat(replaced.isCurrent()).isFalse();
        assertThat(replaced.retireAfter()).isEqualTo(start.plus(SigningKeys.RETENTION));
    }

    @Test
    void keysSurviveARestart_andTokensStayValid() throws Exception {
        SigningKeys before = new SigningKeys(store(), ROTATION, keyClock);
        String token = new AccessTokens(before, Clock.systemUTC()).issue(CAROL).token();
        before.rotate();
        before.close();

        SigningKeys after = new SigningKeys(store(), ROTATION, keyClock);

        assertThat(after.all())
                .extracting(SigningKey::kid)
                .containsExactlyElementsOf(
                        before.all().stream().map(SigningKey::kid).toList());
        assertThat(after.current().kid()).isEqualTo(before.current().kid());
        assertThat(after.all().get(1).retireAfter())
                .isEqualTo(before.all().get(1).retireAfter());
        AccessTokens restarted = new AccessTokens(after, Clock.systemUTC());
        assertThat(restarted.decoder().decode(token).getSubject())
                .isEqualTo(CAROL.id().toString());
    }

    @Test
    void aRestartAfterTheRotationIsDue_rotates_andDropsRetiredKeys() {
        SigningKeys before = new SigningKeys(store(), ROTATION, keyClock);
        before.rotate();
        String current = before.current().kid();

        keyClock.set(start.plus(ROTATION).plus(SigningKeys.RETENTION));
        SigningKeys after = new SigningKeys(store(), ROTATION, keyClock);

        assertThat(after.current().kid()).isNotEqualTo(current);
        assertThat(after.all())
                .extracting(SigningKey::kid)
                .containsExactly(after.current().kid(), current);
        assertThat(store().load())
                .extracting(SigningKey::kid)
                .containsExactly(after.current().kid(), current);
    }

    @Test
    void theKeyFile_isOwnerOnly_andHoldsNoTemporaryFilesAfterWrites() throws Exception {
        SigningKeys keys = new SigningKeys(store(), ROTATION, keyClock);
        keys.rotate();

        Path file = dataDir.resolve(FileSigningKeyStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var listing = Files.list(dataDir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aKeyFileReadableByOthers_isNarrowedWhenLoaded() throws Exception {
        new SigningKeys(store(), ROTATION, keyClock);
        Path file = dataDir.resolve(FileSigningKeyStore.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store().load()).hasSize(1);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aCorruptKeyFile_stopsStartup_namingTheFile_withoutKeyMaterial() throws Exception {
        Path file = dataDir.resolve(FileSigningKeyStore.FILE_NAME);
        Files.writeString(file, "{\"version\":1,\"keys\":[{\"kid\":\"k\",\"jwk\":{\"kty\":\"EC\"}}]}");

        assertThatThrownBy(() -> new SigningKeys(store(), ROTATION, keyClock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("remove the file");

        Files.writeString(file, "not json");
        assertThatThrownBy(() -> store().load()).hasMessageContaining("not valid JSON");
    }

    @Test
    void thePublishedKeys_arePublicHalvesOnly() {
        SigningKeys keys = new SigningKeys(store(), ROTATION, keyClock);
        keys.rotate();

        assertThat(keys.publicKeys().getKeys()).hasSize(2).noneMatch(JWK::isPrivate);
        assertThat(keys.publicKeys().toString(false)).doesNotContain("\"d\"");
    }

    @Test
    void theSchedulerThread_rotatesAKeyThatIsDue() throws Exception {
        InMemorySigningKeyStore memory = new InMemorySigningKeyStore();
        try (SigningKeys keys = new SigningKeys(memory, Duration.ofSeconds(1), Clock.systemUTC())) {
            String first = keys.current().kid();
            keys.start();

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !keys.current().kid().equals(first));

            assertThat(keys.verifies(first)).isTrue();
            assertThat(memory.load())
                    .extracting(SigningKey::kid)
                    .contains(keys.current().kid(), first);
        }
    }

    @Test
    void aRotationShorterThanASecond_isRefused() {
        assertThatThrownBy(() -> new SigningKeys(store(), Duration.ofMillis(10), keyClock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rotation");
    }

    private FileSigningKeyStore store() {
        return new FileSigningKeyStore(dataDir.resolve(FileSigningKeyStore.FILE_NAME), MASTER_KEY);
    }

    @Test
    void privateKeys_areSealedInTheFile_andDoNotOpenUnderAnotherMasterKey() throws Exception {
        SigningKeys keys = new SigningKeys(store(), Duration.ofDays(7), keyClock);
        keys.close();
        String content = Files.readString(dataDir.resolve(FileSigningKeyStore.FILE_NAME));
        assertThat(content).doesNotContain("\"d\"").contains("jwkCiphertext");

        FileSigningKeyStore otherMaster =
                new FileSigningKeyStore(dataDir.resolve(FileSigningKeyStore.FILE_NAME), MasterKey.of(new byte[32]));
        assertThatThrownBy(otherMaster::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open under master key");
    }

    private static final MasterKey MASTER_KEY = MasterKey.of("0123456789abcdef0123456789abcdef".getBytes());

    private static List<String> kids(SigningKeys keys) {
        return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
    }

    private static String jwtKid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
