package io.alphapulse.infra.store.trading;

/** What recording a fill did: stored it, or recognized a fill already stored under its trade id. */
public enum FillRecording {
    /** The fill was new and is now stored. */
    STORED,
    /** A fill with the same venue and trade id was already stored; nothing was written. */
    DUPLICATE
}
