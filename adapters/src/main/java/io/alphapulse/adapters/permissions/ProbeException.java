package io.alphapulse.adapters.permissions;

/** A permission probe that got no answer; the message names the venue and the reason, never key material. */
public final class ProbeException extends RuntimeException {

    /** Why the probe failed. */
    public enum Reason {
        /** The venue refused the key: unknown, revoked, wrong secret, or not allowed from this IP. */
        INVALID_KEY,
        /** Still rate-limited (429) or IP-banned (418) after the retries, or asked to wait too long. */
        RATE_LIMITED,
        /** Timeouts, connection failures or 5xx answers after the retries. */
        UNAVAILABLE,
        /** An answer that does not have the documented shape. */
        UNEXPECTED_RESPONSE
    }

    private final Reason reason;

    public ProbeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ProbeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
