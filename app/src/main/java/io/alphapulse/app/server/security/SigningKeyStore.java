package io.alphapulse.app.server.security;

import java.util.List;

/**
 * Where the access-token key set is kept between restarts, private keys included. {@link
 * FileSigningKeyStore} keeps it in {@code <data-dir>/signing-keys.json}, readable by the owner only;
 * encrypting the private keys at rest under the master key is a later implementation of this interface.
 */
public interface SigningKeyStore {

    /** The stored keys, newest first; empty when nothing was stored yet. */
    List<SigningKey> load();

    /** Replaces the stored keys with {@code keys}, completely or not at all. */
    void save(List<SigningKey> keys);
}
