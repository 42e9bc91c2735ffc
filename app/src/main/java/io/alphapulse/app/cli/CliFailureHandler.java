package io.alphapulse.app.cli;

import io.alphapulse.app.io.OutputPathException;
import io.alphapulse.engine.strategy.InvalidParameterException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code: 2 for {@link
 * UsageException}, {@link InvalidParameterException} and {@link OutputPathException} (bad usage or
 * input), 1 for anything else. Users see what went wrong, not a stack
 * trace; set {@code ALPHAPULSE_DEBUG=1} to get the trace as well.
 */
final class CliFailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        String command = commandLine.getCommandSpec().qualifiedName();
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        commandLine.getErr().println(command + ": " + message);
        if (System.getenv("ALPHAPULSE_DEBUG") != null) {
            exception.printStackTrace(commandLine.getErr());
        }
        boolean badInput = exception instanceof UsageException
                || exception instanceof InvalidParameterException
                || exception instanceof OutputPathException;
        return badInput ? ExitCodes.BAD_USAGE : ExitCodes.RUNTIME_FAILURE;
    }
}
