package io.alphapulse.app.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An output file could not be written: the directory is missing or not writable, the target is a
 * directory, the disk is full. The message is one line naming the path and the reason, fit to show a
 * user as is (the command line exits with code 2); no partial file is left behind.
 */
public final class OutputPathException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    OutputPathException(String what, Path target, String reason, IOException cause) {
        super("cannot write " + what + " " + target + ": " + reason, cause);
        this.target = target;
    }

    /** The file that was to be written. */
    public Path target() {
        return target;
    }
}
