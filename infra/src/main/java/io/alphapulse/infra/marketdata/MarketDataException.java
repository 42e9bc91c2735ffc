package io.alphapulse.infra.marketdata;

/**
 * Market data could not be loaded because of its input: a missing or unreadable file, a malformed
 * row, an unknown sample. The message is one line that names the source and, for file content, the
 * line, e.g. {@code bars.csv:17: high 100.5 is below low 101.0}, so a command line can print it as is
 * and exit with the bad-input code 2 (ARCHITECTURE.md §5).
 */
public final class MarketDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarketDataException(String message) {
        super(message);
    }

    public MarketDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
