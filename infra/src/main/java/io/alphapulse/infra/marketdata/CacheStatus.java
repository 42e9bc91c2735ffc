package io.alphapulse.infra.marketdata;

/** What the binary cache did for one load; {@link LoadedBars#cacheDetail()} says more. */
public enum CacheStatus {
    /** The bars came from a matching cache; the CSV was not parsed. */
    HIT,
    /** The CSV was parsed and its cache written (first load, or the old cache was stale or corrupt). */
    WRITTEN,
    /** The CSV was parsed but no cache could be written, e.g. a read-only directory; nothing failed. */
    UNAVAILABLE,
    /** The source has no cache (a bundled sample) or the loader was built without one. */
    NOT_USED
}
