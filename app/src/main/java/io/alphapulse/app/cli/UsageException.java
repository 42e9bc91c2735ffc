package io.alphapulse.app.cli;

/**
 * Bad usage or bad input that a command detected itself (a missing file, a malformed row, a parameter
 * out of range). The message names the problem; the command line exits with code 2 and prints it on
 * one line, without a stack trace.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
