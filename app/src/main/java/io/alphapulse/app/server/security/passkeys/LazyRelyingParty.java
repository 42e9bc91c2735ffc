package io.alphapulse.app.server.security.passkeys;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The relying party, built on first use: the default origin names the port the server actually listens
 * on, which is known only once it has started (a random port in tests).
 */
final class LazyRelyingParty implements Supplier<RelyingParty> {

    private final PasskeySettings settings;
    private final CredentialRepository credentials;
    private final IntSupplier localPort;
    private final Clock clock;
    private RelyingParty built;

    LazyRelyingParty(PasskeySettings settings, CredentialRepository credentials, IntSupplier localPort, Clock clock) {
        this.settings = settings;
        this.credentials = credentials;
        this.localPort = localPort;
        this.clock = clock;
    }

    @Override
    public synchronized RelyingParty get() {
        if (built == null) {
            built = RelyingParty.builder()
                    .identity(RelyingPartyIdentity.builder()
                            .id(settings.relyingPartyId())
                            .name(settings.relyingPartyName())
                            .build())
                    .credentialRepository(credentials)
                    .origins(new LinkedHashSet<>(settings.originsOr(localPort.getAsInt())))
                    // A counter that does not rise means a cloned authenticator: refuse the assertion.
                    .validateSignatureCounter(true)
                    .clock(clock)
                    .build();
        }
        return built;
    }
}
