package io.alphapulse.infra.db.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL client programs ({@code pg_dump}, {@code pg_restore}) found on a search path. We call
 * them rather than re-implementing dumps over JDBC: their custom format is the one operators already
 * know how to inspect and restore by hand.
 */
final class PostgresTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");
    private static final long TIMEOUT_HOURS = 6;

    private final List<Path> searchPath;

    PostgresTools(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** The tools on the {@code PATH} of {@code environment}. */
    static PostgresTools fromPath(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        List<Path> directories = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                directories.add(Path.of(entry));
            }
        }
        return new PostgresTools(directories);
    }

    /**
     * @throws BackupException naming the program and the search path when it is not installed
     */
    Path find(String program) {
        for (Path directory : searchPath) {
            Path candidate = directory.resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new BackupException(program + " was not found on PATH (" + searchPath
                + "): install the PostgreSQL client tools of the server's major version or newer"
                + " (Debian/Ubuntu: apt-get install postgresql-client) and try again");
    }

    /** The major version a tool reports with {@code --version}, e.g. 15 for "pg_dump (PostgreSQL) 15.4". */
    int majorVersion(Path program) {
        String output = run(List.of(program.toString(), "--version"), Map.of()).strip();
        Matcher matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            throw new BackupException("cannot read the version of " + program + " from '" + output + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * Runs {@code command} to completion with {@code extraEnvironment} added to ours.
     *
     * @return what the program wrote to stdout and stderr
     * @throws BackupException with the program's own output when it exits non-zero
     */
    String run(List<String> command, Map<String, String> extraEnvironment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(extraEnvironment);
        String name = Path.of(command.getFirst()).getFileName().toString();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new BackupException(name + " did not finish within " + TIMEOUT_HOURS + " hours");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new BackupException(
                        name + " failed with exit code " + process.exitValue() + ": " + oneLine(text));
            }
            return text;
        } catch (IOException failure) {
            throw new BackupException("cannot run " + command.getFirst() + ": " + failure.getMessage(), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BackupException(name + " was interrupted", interrupted);
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " | ");
    }
}
