package io.alphapulse.engine.orders;

/** How long an order stays working at the venue. */
public enum TimeInForce {
    /** Good till canceled: works until filled or canceled. */
    GTC,
    /** Immediate or cancel: fills what it can at once, the rest expires. */
    IOC,
    /** Fill or kill: fills completely at once or expires without any fill. */
    FOK
}
