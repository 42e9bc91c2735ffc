package io.alphapulse.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The report could not be written to its target: the directory is missing or not writable, the
 * target is a directory, the disk is full. The message is one line naming the path and the reason,
 * fit to show a user as is; no partial report is left behind.
 */
public final class ReportWriteException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    ReportWriteException(Path target, String reason, IOException cause) {
        super("cannot write report " + target + ": " + reason, cause);
        this.target = target;
    }

    /** The file the report was meant for. */
    public Path target() {
        return target;
    }
}
