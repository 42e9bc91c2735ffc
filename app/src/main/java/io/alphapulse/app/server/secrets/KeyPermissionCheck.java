package io.alphapulse.app.server.secrets;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.KeyPermissionProbe;
import io.alphapulse.adapters.permissions.ProbeException;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.ExchangeCredential;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks venues whether stored exchange keys allow withdrawals, at start-up and when a credential is stored.
 * A trading platform never needs that permission; a
 * key that has it can empty the account if it leaks. For each credential of a venue with a {@link
 * KeyPermissionProbe}, the credential is opened, the venue asked, and a key that allows withdrawals is
 * logged at WARN (id, venue, label and the key's last four characters only) and audited.
 *
 * <p>Checks run on a small pool ({@code concurrency} threads) so start-up and requests never wait for a
 * venue; at most {@link #MAX_QUEUED} checks wait in its queue, more are refused and reported as unknown.
 * Results are kept per credential id for at most {@link #MAX_RESULTS} credentials; beyond that new
 * results are logged and audited but not kept (the API then shows {@code pending}).
 */
public final class KeyPermissionCheck implements AutoCloseable {

    static final int MAX_QUEUED = 1_000;
    static final int MAX_RESULTS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(KeyPermissionCheck.class);

    private final Map<String, KeyPermissionProbe> probes;
    private final CredentialVault vault;
    private final AuditLog audit;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final Map<UUID, KeyPermissionStatus> results = new ConcurrentHashMap<>();

    public KeyPermissionCheck(
            List<KeyPermissionProbe> probes, CredentialVault vault, AuditLog audit, Clock clock, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException(
                    "key-permission check concurrency must be at least 1, was " + concurrency);
        }
        this.probes =
                probes.stream().collect(Collectors.toUnmodifiableMap(KeyPermissionProbe::venue, Function.identity()));
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(
                concurrency,
                concurrency,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(MAX_QUEUED),
                Thread.ofPlatform()
                        .name("alphapulse-key-check-", 0)
                        .daemon(true)
                        .factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Whether {@code venue} can report key permissions. */
    public boolean reports(String venue) {
        return probes.containsKey(venue);
    }

    /** The last known status of {@code credential}. */
    public KeyPermissionStatus status(ExchangeCredential credential) {
        if (!reports(credential.venue())) {
            return KeyPermissionStatus.notReported(credential.venue());
        }
        return results.getOrDefault(credential.id(), KeyPermissionStatus.pending());
    }

    /** Checks every credential in the background; returns at once. */
    public void checkAll(List<ExchangeCredential> credentials) {
        long checked = credentials.stream()
                .filter(credential -> reports(credential.venue()))
                .peek(this::check)
                .count();
        if (checked > 0) {
            log.info("Checking the venue permissions of {} exchange key(s) in the background", checked);
        }
    }

    /** Checks {@code credential} in the background; the future completes with its status (never exceptionally). */
    public CompletableFuture<KeyPermissionStatus> check(ExchangeCredential credential) {
        if (!reports(credential.venue())) {
            return CompletableFuture.completedFuture(KeyPermissionStatus.notReported(credential.venue()));
        }
        try {
            return CompletableFuture.supplyAsync(() -> checkNow(credential), pool);
        } catch (RejectedExecutionException full) {
            KeyPermissionStatus refused = KeyPermissionStatus.unknown(
                    "not checked: more than " + MAX_QUEUED + " checks are waiting", clock.instant());
            keep(credential.id(), refused);
            return CompletableFuture.completedFuture(refused);
        }
    }

    /** Drops what is known about a deleted credential. */
    public void forget(UUID credentialId) {
        results.remove(credentialId);
    }

    private KeyPermissionStatus checkNow(ExchangeCredential credential) {
        Instant now = clock.instant();
        KeyPermissionStatus status;
        String maskedKey = null;
        try {
            CredentialVault.Opened opened = vault.open(credential);
            ApiCredentials key = opened.credentials();
            maskedKey = key.maskedKey();
            status = KeyPermissionStatus.reported(probes.get(credential.venue()).probe(key), now);
        } catch (CredentialVault.VaultException unreadable) {
            status = KeyPermissionStatus.unknown("cannot open the credential: " + unreadable.getMessage(), now);
        } catch (ProbeException failed) {
            status = KeyPermissionStatus.unknown(failed.getMessage(), now);
        } catch (RuntimeException unexpected) {
            log.warn("Permission check of credential {} failed", credential.id(), unexpected);
            status = KeyPermissionStatus.unknown(
                    "check failed: " + unexpected.getClass().getSimpleName(), now);
        }
        keep(credential.id(), status);
        if (status.allowsWithdrawals()) {
            warn(credential, maskedKey, now);
        } else if (!"reported".equals(status.state())) {
            log.info(
                    "Permissions of credential {} ({}/{}) unknown: {}",
                    credential.id(),
                    credential.venue(),
                    credential.label(),
                    status.reason());
        }
        return status;
    }

    private void warn(ExchangeCredential credential, String maskedKey, Instant now) {
        log.warn(
                "Exchange key {} of credential {} ({}/{}) allows withdrawals: AlphaPulse never needs that;"
                        + " replace it with a key without the withdrawal permission",
                maskedKey,
                credential.id(),
                credential.venue(),
                credential.label());
        try {
            audit.append(new AuditEntry(
                    now,
                    "system",
                    "credential.withdrawals-enabled",
                    credential.id() + " (" + credential.venue() + "/" + credential.label() + ")",
                    AuditOutcome.SUCCESS,
                    "the venue reports that key " + maskedKey + " allows withdrawals",
                    null));
        } catch (SQLException failed) {
            log.warn("Cannot audit the withdrawal permission of credential {}", credential.id(), failed);
        }
    }

    private void keep(UUID id, KeyPermissionStatus status) {
        if (results.size() < MAX_RESULTS || results.containsKey(id)) {
            results.put(id, status);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
