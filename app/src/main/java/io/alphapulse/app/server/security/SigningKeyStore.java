package io.alphapulse.app.server.security;

import java.util.List;

/**
 * Where the access-token key set is kept between restarts, private keys included. {@link
 * FileSigningKeyStore} keeps it in {@code <data-dir>/signing-keys.json}, readable by the owner only,
 * with the private keys sealed under the master key.
 */
public interface SigningKeyStore {

    /** The stored keys, newest first; empty when nothing was stored yet. */
    List<SigningKey> load();

    /** Replaces the stored keys with {@code keys}, completely or not at all. */
    void save(List<SigningKey> keys);
}
