package io.alphapulse.app.backtest;

/** An output file cannot be written; the message names the path and why. */
public final class OutputPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputPathException(String message) {
        super(message);
    }
}
