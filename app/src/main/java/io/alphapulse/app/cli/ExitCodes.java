package io.alphapulse.app.cli;

/** The launcher's exit codes (ARCHITECTURE.md §5). */
final class ExitCodes {
    static final int SUCCESS = 0;
    static final int RUNTIME_FAILURE = 1;
    static final int BAD_USAGE = 2;

    private ExitCodes() {}
}
