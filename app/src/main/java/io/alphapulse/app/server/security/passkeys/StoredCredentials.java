package io.alphapulse.app.server.security.passkeys;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import io.alphapulse.infra.store.users.Passkey;
import io.alphapulse.infra.store.users.PasskeyRepository;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The WebAuthn library's view of our users and passkeys. The library's interface cannot throw checked
 * exceptions, so a database failure becomes a {@link StoreFailure}, which the API answers as any other
 * server error.
 */
final class StoredCredentials implements CredentialRepository {

    private final PasskeyRepository passkeys;
    private final UserRepository users;

    StoredCredentials(PasskeyRepository passkeys, UserRepository users) {
        this.passkeys = passkeys;
        this.users = users;
    }

    @Override
    public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String username) {
        try {
            Optional<User> user = users.findByUsername(username);
            if (user.isEmpty()) {
                return Set.of();
            }
            return passkeys.listByUser(user.get().id()).stream()
                    .map(StoredCredentials::descriptor)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    @Override
    public Optional<ByteArray> getUserHandleForUsername(String username) {
        try {
            Optional<User> user = users.findByUsername(username);
            return user.isEmpty()
                    ? Optional.empty()
                    : passkeys.findUserHandle(user.get().id()).map(ByteArray::new);
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    @Override
    public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
        try {
            var userId = passkeys.findUserByHandle(userHandle.getBytes());
            return userId.isEmpty()
                    ? Optional.empty()
                    : users.findById(userId.get()).map(User::username);
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    @Override
    public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
        return find(credentialId)
                .filter(passkey -> Arrays.equals(passkey.userHandle(), userHandle.getBytes()))
                .map(StoredCredentials::registered);
    }

    @Override
    public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
        return find(credentialId)
                .map(StoredCredentials::registered)
                .map(Set::of)
                .orElse(Set.of());
    }

    /** The stored passkey with this credential id. */
    Optional<Passkey> find(ByteArray credentialId) {
        try {
            return passkeys.findByCredentialId(credentialId.getBytes());
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    private static PublicKeyCredentialDescriptor descriptor(Passkey passkey) {
        return PublicKeyCredentialDescriptor.builder()
                .id(new ByteArray(passkey.credentialId()))
                .transports(transports(passkey.transports()))
                .build();
    }

    private static RegisteredCredential registered(Passkey passkey) {
        return RegisteredCredential.builder()
                .credentialId(new ByteArray(passkey.credentialId()))
                .userHandle(new ByteArray(passkey.userHandle()))
                .publicKeyCose(new ByteArray(passkey.publicKeyCose()))
                .signatureCount(passkey.signatureCount())
                .transports(transports(passkey.transports()))
                .backupEligible(passkey.backupEligible())
                .backupState(passkey.backedUp())
                .build();
    }

    private static Set<AuthenticatorTransport> transports(List<String> names) {
        return names.stream().map(AuthenticatorTransport::of).collect(Collectors.toSet());
    }

    /** The passkey store could not be read. */
    static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super("passkey store failed: " + cause.getMessage(), cause);
        }
    }
}
