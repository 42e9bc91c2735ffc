package io.alphapulse.infra.db.backup;

/**
 * A backup or restore that could not be done: a tool missing, a tool that failed, a database that is
 * in use. The message names what went wrong and what to do about it; the command line exits with code 1.
 */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
