package io.alphapulse.app.cli;

import io.alphapulse.app.server.AlphaPulseServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code ./alphapulse} command line: one sub-command per user-facing operation. */
@Command(
        name = "alphapulse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "AlphaPulse: a self-hosted trading platform.",
        subcommands = {
            AlphaPulseCommand.Run.class,
            BacktestCommand.class,
            DataCommand.class,
            DbCommand.class,
            UserCommand.class,
            MasterKeyCommand.class,
            AlphaPulseCommand.Test.class
        },
        footer = {"", "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input."})
public final class AlphaPulseCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, without exiting the JVM. */
    public static int execute(String... args) {
        return new CommandLine(new AlphaPulseCommand())
                .setExecutionExceptionHandler(new CliFailureHandler())
                .execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_USAGE;
    }

    /** Starts the platform and serves until stopped (Ctrl-C or SIGTERM). */
    @Command(
            name = "run",
            description = "Start the platform: paper trading, API and dashboard.",
            footer = {
                "",
                "Any setting can follow as --name=value, e.g. --alphapulse.trading.seed=7 (docs/operations/server.md)."
            })
    static final class Run implements Callable<Integer> {
        private static final Set<String> ROLES = Set.of("all", "ingest", "trader", "api", "worker");
        private static final Pattern PROPERTY = Pattern.compile("--[a-z][A-Za-z0-9_.\\[\\]-]*=.*");

        @Option(
                names = "--port",
                defaultValue = "${env:ALPHAPULSE_PORT:-8080}",
                description = "HTTP port (default: ${DEFAULT-VALUE}, or ALPHAPULSE_PORT).")
        int port;

        @Option(
                names = "--roles",
                defaultValue = "${env:ALPHAPULSE_ROLES:-all}",
                description = "Comma list of ingest,trader,api,worker, or all (default: ${DEFAULT-VALUE}).")
        String roles;

        @CommandLine.Unmatched
        List<String> properties = new ArrayList<>();

        @Override
        public Integer call() throws InterruptedException {
            for (String property : properties) {
                if (!PROPERTY.matcher(property).matches()) {
                    throw new UsageException("unknown option or argument '" + property
                            + "'; settings are given as --name=value, e.g. --alphapulse.trading.seed=7");
                }
            }
            if (port < 1 || port > 65_535) {
                throw new UsageException("--port must be between 1 and 65535, was " + port);
            }
            List<String> wanted =
                    Arrays.stream(roles.split(",")).map(String::trim).toList();
            for (String role : wanted) {
                if (!ROLES.contains(role)) {
                    throw new UsageException("--roles: unknown role '" + role
                            + "'; use all or a comma list of ingest,trader,api,worker");
                }
            }
            if (!wanted.equals(List.of("all"))
                    && !new HashSet<>(wanted).containsAll(List.of("ingest", "trader", "api", "worker"))) {
                throw new UsageException("--roles " + roles + ": running a subset of roles needs the Redis bus, which"
                        + " this version does not have yet; use --roles all");
            }
            List<String> arguments = new ArrayList<>(properties);
            arguments.add("--alphapulse.port=" + port);
            ConfigurableApplicationContext context = AlphaPulseServer.start(arguments.toArray(String[]::new));
            CountDownLatch closed = new CountDownLatch(1);
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
            if (context.isActive()) {
                closed.await();
            }
            return ExitCodes.SUCCESS;
        }
    }

    /** Listed for help only: the launcher runs the test suite itself with Maven. */
    @Command(name = "test", description = "Run the whole test suite (./mvnw -B verify).")
    static final class Test implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("alphapulse test: run it through the ./alphapulse launcher.");
            return ExitCodes.BAD_USAGE;
        }
    }
}
