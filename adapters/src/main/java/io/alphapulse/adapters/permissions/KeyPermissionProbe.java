package io.alphapulse.adapters.permissions;

/**
 * Asks a venue what an API key may do. Used at start-up and when a credential is stored, to warn about
 * keys that allow withdrawals: a trading platform never needs that permission, and a key that has it can
 * empty the account if it leaks. Implement one per venue that reports key permissions; venues that do not
 * simply have no probe.
 */
public interface KeyPermissionProbe {

    /** The venue name as stored with credentials, e.g. {@code binance}. */
    String venue();

    /**
     * The permissions of {@code credentials}, as the venue reports them.
     *
     * @throws ProbeException when the venue refuses the key, cannot be reached, or answers something
     *     unexpected; the message never contains the key or secret
     */
    KeyPermissions probe(ApiCredentials credentials);
}
