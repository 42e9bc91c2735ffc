package io.alphapulse.app.server.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access-token key set: one current key that signs, and the keys it replaced, which still verify
 * until every token they signed has expired ({@link AccessTokens#LIFETIME} plus {@link #CLOCK_SKEW}
 * after they were replaced) and are then dropped. The current key is replaced every {@code rotation}
 * by a scheduler thread ({@link #start()}). Every change is saved to the {@link SigningKeyStore} before
 * it takes effect, so a restart keeps outstanding tokens valid and no token is signed by an unsaved key.
 */
public final class SigningKeys implements AutoCloseable {

    /** The clock skew the token validators allow past {@code exp}. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** How long a replaced key keeps verifying: until the last token it signed has expired. */
    public static final Duration RETENTION = AccessTokens.LIFETIME.plus(CLOCK_SKEW);

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningKeyStore store;
    private final Duration rotation;
    private final Clock clock;
    private volatile KeySet keySet;
    private ScheduledExecutorService scheduler;

    /**
     * Loads the stored keys, drops those past their retirement, and makes a new current key if there is
     * none or it is due; the result is saved.
     *
     * @param rotation how long a key signs before it is replaced; at least a second
     */
    public SigningKeys(SigningKeyStore store, Duration rotation, Clock clock) {
        if (rotation.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("signing-key rotation must be at least 1s, was " + rotation);
        }
        this.store = store;
        this.rotation = rotation;
        this.clock = clock;
        this.keySet = new KeySet(store.load());
        maintain();
    }

    /** The key that signs new tokens. */
    public SigningKey current() {
        return keySet.current;
    }

    /** The key named {@code kid}, if it is in the set and still verifies. */
    public Optional<SigningKey> verifying(String kid) {
        return verifying(kid, clock.instant());
    }

    private Optional<SigningKey> verifying(String kid, Instant now) {
        SigningKey key = kid == null ? null : keySet.byKid.get(kid);
        if (key == null || (!key.isCurrent() && !now.isBefore(key.retireAfter()))) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

    /** Whether {@code kid} names a key that still verifies. */
    public boolean verifies(String kid) {
        return verifies(kid, clock.instant());
    }

    /** Whether {@code kid} names a key that still verifies at {@code now} (for a caller that has read the clock). */
    public boolean verifies(String kid, Instant now) {
        return verifying(kid, now).isPresent();
    }

    /** Every key in the set, newest first. */
    public List<SigningKey> all() {
        return keySet.keys;
    }

    /** The public halves of the keys that still verify, for {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        List<JWK> published = new ArrayList<>();
        for (SigningKey key : keySet.keys) {
            if (verifies(key.kid())) {
                published.add(key.publicJwk());
            }
        }
        return new JWKSet(published);
    }

    /**
     * Replaces the current key if it has signed for {@code rotation}, and drops replaced keys past their
     * retirement.
     *
     * @return whether the set changed (and was saved)
     */
    public synchronized boolean maintain() {
        Instant now = clock.instant();
        List<SigningKey> keys = new ArrayList<>(keySet.keys);
        boolean changed = keys.removeIf(key -> !key.isCurrent() && !now.isBefore(key.retireAfter()));
        SigningKey current = keySet.current;
        if (current == null || !now.isBefore(current.createdAt().plus(rotation))) {
            keys = replaceCurrent(keys, now);
            changed = true;
        }
        if (changed) {
            publish(keys);
        }
        return changed;
    }

    /** Replaces the current key now, whether or not it is due. */
    public synchronized void rotate() {
        publish(replaceCurrent(new ArrayList<>(keySet.keys), clock.instant()));
    }

    /** Runs {@link #maintain()} on a scheduler thread until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        long period = Math.clamp(rotation.dividedBy(4).toMillis(), 1_000L, 60_000L);
        scheduler = Executors.newSingleThreadScheduledExecutor(task ->
                Thread.ofPlatform().name("alphapulse-signing-keys").daemon(true).unstarted(task));
        scheduler.scheduleWithFixedDelay(this::maintainQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void maintainQuietly() {
        try {
            maintain();
        } catch (RuntimeException e) {
            // The current key keeps signing; the next run tries again.
            LOG.warn("access-token key rotation failed: {}", e.toString());
        }
    }

    private static List<SigningKey> replaceCurrent(List<SigningKey> keys, Instant now) {
        List<SigningKey> next = new ArrayList<>(keys.size() + 1);
        next.add(SigningKey.generate(now));
        Instant retireAfter = now.plus(RETENTION);
        for (SigningKey key : keys) {
            next.add(key.isCurrent() ? key.retiring(retireAfter) : key);
        }
        return next;
    }

    private void publish(List<SigningKey> keys) {
        store.save(keys);
        keySet = new KeySet(keys);
        LOG.info("access-token key set: signing with {}, {} key(s) in all", keySet.current.kid(), keys.size());
    }

    /** An immutable view of the set, swapped whole on every change. */
    private static final class KeySet {
        final List<SigningKey> keys;
        final SigningKey current;
        final Map<String, SigningKey> byKid;

        KeySet(List<SigningKey> keys) {
            this.keys = List.copyOf(keys);
            SigningKey newest = null;
            Map<String, SigningKey> index = new LinkedHashMap<>();
            for (SigningKey key : this.keys) {
                if (key.isCurrent() && (newest == null || key.createdAt().isAfter(newest.createdAt()))) {
                    newest = key;
                }
                index.put(key.kid(), key);
            }
            this.current = newest;
            this.byKid = Map.copyOf(index);
        }
    }
}
