package io.alphapulse.app.server.security.passkeys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorAssertionResponse;
import com.yubico.webauthn.data.AuthenticatorAttestationResponse;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.ClientAssertionExtensionOutputs;
import com.yubico.webauthn.data.ClientRegistrationExtensionOutputs;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import io.alphapulse.app.server.api.ApiRequestException;
import io.alphapulse.app.server.security.AuthService;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.app.server.security.LoginThrottle;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.AlreadyExistsException;
import io.alphapulse.infra.store.users.NewPasskey;
import io.alphapulse.infra.store.users.Passkey;
import io.alphapulse.infra.store.users.PasskeyRepository;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passkeys (WebAuthn): registering one for the logged-in user, logging in with one, listing and removing
 * them. Each ceremony is two requests: the first returns options with a fresh challenge and a ceremony id,
 * the second sends the authenticator's answer, which the WebAuthn library verifies (origin, challenge,
 * signature, counter) against the options kept under that id. A ceremony can be finished once only.
 *
 * <p>A passkey login ends in {@link AuthService#loginVerified}, the same token issue and audit entry as a
 * password login. Why a passkey login failed is logged and audited, never told to the client.
 */
final class Passkeys {

    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);
    private static final String METHOD = "passkey";
    private static final int USER_HANDLE_BYTES = 32;

    private final Supplier<RelyingParty> relyingParty;
    private final StoredCredentials credentials;
    private final PasskeyRepository passkeys;
    private final UserRepository users;
    private final CeremonyStore<PendingRegistration> registrations;
    private final CeremonyStore<AssertionRequest> assertions;
    private final AuthService auth;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Passkeys(
            Supplier<RelyingParty> relyingParty,
            StoredCredentials credentials,
            PasskeyRepository passkeys,
            UserRepository users,
            CeremonyStore<PendingRegistration> registrations,
            CeremonyStore<AssertionRequest> assertions,
            AuthService auth,
            LoginThrottle throttle,
            AuditLog audit,
            Clock clock) {
        this.relyingParty = relyingParty;
        this.credentials = credentials;
        this.passkeys = passkeys;
        this.users = users;
        this.registrations = registrations;
        this.assertions = assertions;
        this.auth = auth;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registration started for {@code userId}, to be finished by the same user. */
    record PendingRegistration(UUID userId, String name, PublicKeyCredentialCreationOptions options) {}

    /** A started ceremony: its id and the options for the browser, as WebAuthn JSON. */
    record Started(String ceremonyId, String publicKeyJson) {}

    /**
     * Starts registering a passkey named {@code name} for {@code user}: the user's existing passkeys are
     * excluded, a discoverable credential and user verification are preferred.
     *
     * @throws ApiRequestException 409 naming {@code name} when the user has a passkey of that name
     */
    Started startRegistration(CurrentUser user, String name) throws SQLException, CeremonyStore.FullException {
        if (passkeys.listByUser(user.id()).stream()
                .anyMatch(passkey -> passkey.name().equals(name))) {
            throw ApiRequestException.conflict("name", "a passkey named '" + name + "' already exists");
        }
        byte[] candidate = new byte[USER_HANDLE_BYTES];
        random.nextBytes(candidate);
        byte[] handle = passkeys.userHandle(user.id(), candidate);
        PublicKeyCredentialCreationOptions options = relyingParty
                .get()
                .startRegistration(StartRegistrationOptions.builder()
                        .user(UserIdentity.builder()
                                .name(user.username())
                                .displayName(user.username())
                                .id(new ByteArray(handle))
                                .build())
                        .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                                .residentKey(ResidentKeyRequirement.PREFERRED)
                                .userVerification(UserVerificationRequirement.PREFERRED)
                                .build())
                        .timeout(registrations.timeToLive().toMillis())
                        .build());
        String ceremonyId = registrations.start(new PendingRegistration(user.id(), name, options));
        try {
            return new Started(ceremonyId, options.toCredentialsCreateJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write passkey creation options", e);
        }
    }

    /**
     * Verifies the authenticator's answer to a registration {@code user} started and stores the passkey.
     *
     * @throws ApiRequestException 400 naming {@code credential} when it is not a registration response,
     *     422 naming {@code ceremonyId} when there is no open ceremony of the user under that id, 422 naming
     *     {@code credential} when it does not verify, 409 when it is registered already
     */
    Passkey finishRegistration(CurrentUser user, String ceremonyId, String credentialJson) throws SQLException {
        PublicKeyCredential<AuthenticatorAttestationResponse, ClientRegistrationExtensionOutputs> credential;
        try {
            credential = PublicKeyCredential.parseRegistrationResponseJson(credentialJson);
        } catch (IOException | RuntimeException malformed) {
            throw ApiRequestException.badParameter(
                    "credential", "credential is not a WebAuthn registration response: " + brief(malformed));
        }
        PendingRegistration pending = registrations
                .take(ceremonyId)
                .filter(registration -> registration.userId().equals(user.id()))
                .orElseThrow(() -> ApiRequestException.invalid(
                        "ceremonyId", "no passkey registration of yours is open under this ceremonyId; start again"));
        RegistrationResult result;
        try {
            result = relyingParty
                    .get()
                    .finishRegistration(FinishRegistrationOptions.builder()
                            .request(pending.options())
                            .response(credential)
                            .build());
        } catch (RegistrationFailedException | IllegalArgumentException refused) {
            log.info("Passkey registration of {} refused: {}", user.username(), refused.getMessage());
            record(user.username(), "passkey.register", null, AuditOutcome.FAILURE, brief(refused));
            throw ApiRequestException.invalid("credential", "the passkey could not be verified: " + brief(refused));
        }
        List<String> transports = result.getKeyId()
                .getTransports()
                .map(set -> set.stream().map(AuthenticatorTransport::getId).toList())
                .orElse(List.of());
        Passkey passkey;
        try {
            passkey = passkeys.create(
                    user.id(),
                    new NewPasskey(
                            result.getKeyId().getId().getBytes(),
                            pending.options().getUser().getId().getBytes(),
                            result.getPublicKeyCose().getBytes(),
                            result.getSignatureCount(),
                            pending.name(),
                            transports,
                            result.isBackupEligible(),
                            result.isBackedUp()),
                    clock.instant());
        } catch (AlreadyExistsException exists) {
            throw ApiRequestException.conflict("credential", exists.getMessage());
        }
        record(
                user.username(),
                "passkey.register",
                passkey.id() + " (" + passkey.name() + ")",
                AuditOutcome.SUCCESS,
                null);
        return passkey;
    }

    List<Passkey> list(CurrentUser user) throws SQLException {
        return passkeys.listByUser(user.id());
    }

    /** Removes one of {@code user}'s passkeys; {@code false} when the user has no such passkey. */
    boolean remove(CurrentUser user, UUID id) throws SQLException {
        boolean removed = passkeys.delete(id, user.id());
        if (removed) {
            record(user.username(), "passkey.remove", id.toString(), AuditOutcome.SUCCESS, null);
        }
        return removed;
    }

    /**
     * Starts a passkey login. Without a username (or for one without passkeys) the browser offers the
     * discoverable passkeys it has for this site; with one, the options list that user's passkeys.
     */
    Started startLogin(String username, String sourceIp)
            throws SQLException, LoginThrottle.ThrottledException, CeremonyStore.FullException {
        throttle.admitAddress(sourceIp);
        Optional<String> known = Optional.empty();
        if (username != null && !username.isBlank()) {
            Optional<User> user = users.findByUsername(username.strip());
            if (user.isPresent() && !passkeys.listByUser(user.get().id()).isEmpty()) {
                known = Optional.of(user.get().username());
            }
        }
        AssertionRequest request = relyingParty
                .get()
                .startAssertion(StartAssertionOptions.builder()
                        .username(known)
                        .userVerification(UserVerificationRequirement.PREFERRED)
                        .timeout(assertions.timeToLive().toMillis())
                        .build());
        String ceremonyId = assertions.start(request);
        try {
            return new Started(ceremonyId, request.toCredentialsGetJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write passkey request options", e);
        }
    }

    /**
     * Finishes a passkey login: tokens when the assertion verifies against the open ceremony, the
     * counter rose and the user is enabled; empty otherwise (the reason goes to the log and audit).
     *
     * @throws ApiRequestException 400 naming {@code credential} when it is not an assertion response
     */
    Optional<AuthService.Tokens> finishLogin(String ceremonyId, String credentialJson, String sourceIp)
            throws SQLException, LoginThrottle.ThrottledException {
        throttle.admitAddress(sourceIp);
        PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> credential;
        try {
            credential = PublicKeyCredential.parseAssertionResponseJson(credentialJson);
        } catch (IOException | RuntimeException malformed) {
            throw ApiRequestException.badParameter(
                    "credential", "credential is not a WebAuthn assertion response: " + brief(malformed));
        }
        Optional<Passkey> presented = credentials.find(credential.getId());
        Optional<User> owner = presented.isEmpty()
                ? Optional.empty()
                : users.findById(presented.get().userId());
        String actor = owner.map(User::username).orElse("?");
        Optional<AssertionRequest> request = assertions.take(ceremonyId);
        if (request.isEmpty()) {
            return refused(actor, "no open ceremony under this id (unknown, expired or already used)", sourceIp);
        }
        if (presented.isEmpty()) {
            return refused(actor, "unknown credential", sourceIp);
        }
        AssertionResult result;
        try {
            result = relyingParty
                    .get()
                    .finishAssertion(FinishAssertionOptions.builder()
                            .request(request.get())
                            .response(credential)
                            .build());
        } catch (AssertionFailedException | IllegalArgumentException failed) {
            return refused(actor, brief(failed), sourceIp);
        }
        if (!result.isSuccess() || !result.isSignatureCounterValid()) {
            return refused(actor, "assertion not verified or signature counter did not rise", sourceIp);
        }
        if (owner.map(User::disabled).orElse(true)) {
            // Checked before the use is recorded, so a refused login leaves the passkey's last use alone.
            return refused(actor, "user disabled", sourceIp);
        }
        if (!passkeys.recordUse(
                result.getCredentialId().getBytes(),
                result.getSignatureCount(),
                result.isBackedUp(),
                clock.instant())) {
            log.warn(
                    "Passkey {} of {} presented a signature counter that did not rise: possibly a cloned"
                            + " authenticator",
                    presented.get().id(),
                    actor);
            return refused(actor, "signature counter did not rise (cloned authenticator?)", sourceIp);
        }
        return auth.loginVerified(owner.get(), METHOD, sourceIp);
    }

    private Optional<AuthService.Tokens> refused(String actor, String reason, String sourceIp) {
        log.info("Passkey login of {} from {} refused: {}", actor, sourceIp, reason);
        auth.loginFailed(actor, METHOD, reason, sourceIp);
        return Optional.empty();
    }

    private void record(String actor, String action, String target, AuditOutcome outcome, String detail)
            throws SQLException {
        audit.append(new AuditEntry(clock.instant(), actor, action, target, outcome, detail, null));
    }

    /** An exception's message, short and on one line, for problem details and the audit log. */
    private static String brief(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
