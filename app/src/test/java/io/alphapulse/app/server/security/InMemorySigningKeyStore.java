package io.alphapulse.app.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A key store in memory, counting saves, for tests of the key set and of token handling. */
final class InMemorySigningKeyStore implements SigningKeyStore {

    private volatile List<SigningKey> keys = List.of();
    private volatile int saves;

    /** A key set over a fresh in-memory store, rotating weekly on the system clock. */
    static SigningKeys keySet() {
        return new SigningKeys(new InMemorySigningKeyStore(), Duration.ofDays(7), Clock.systemUTC());
    }

    @Override
    public List<SigningKey> load() {
        return keys;
    }

    @Override
    public void save(List<SigningKey> keys) {
        this.keys = List.copyOf(keys);
        saves++;
    }

    int saves() {
        return saves;
    }
}
