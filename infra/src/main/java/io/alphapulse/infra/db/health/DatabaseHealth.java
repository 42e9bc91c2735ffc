package io.alphapulse.infra.db.health;

import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the store answers: {@code SELECT 1} through the application's own pool, so a pool that cannot
 * hand out connections is reported DOWN as well as a database that is gone.
 *
 * @param status UP when the query answered in time
 * @param latency how long the check took
 * @param reason why it is DOWN, or {@code "ok"}
 */
public record DatabaseHealth(Status status, Duration latency, String reason) {

    /** How long a check waits by default: well under a load balancer's usual probe timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public enum Status {
        UP,
        DOWN
    }

    public DatabaseHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isUp() {
        return status == Status.UP;
    }

    /** {@link #check(Database, Duration)} with {@link #DEFAULT_TIMEOUT}. */
    public static DatabaseHealth check(Database database) {
        return check(database, DEFAULT_TIMEOUT);
    }

    /**
     * Runs {@code SELECT 1} and waits at most {@code timeout}. The pool's own connection timeout is
     * longer (it is tuned for requests, not probes), so the query runs on a virtual thread and the
     * check gives up on it after {@code timeout}; the abandoned attempt ends by itself when the pool
     * times out.
     */
    public static DatabaseHealth check(Database database, Duration timeout) {
        long started = System.nanoTime();
        CompletableFuture<Void> probe = new CompletableFuture<>();
        Thread.ofVirtual().name("alphapulse-db-health").start(() -> {
            try {
                selectOne(database, timeout);
                probe.complete(null);
            } catch (Throwable failure) {
                probe.completeExceptionally(failure);
            }
        });
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new DatabaseHealth(Status.UP, since(started), "ok");
        } catch (TimeoutException slow) {
            return new DatabaseHealth(Status.DOWN, since(started), "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause();
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new DatabaseHealth(Status.DOWN, since(started), message);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new DatabaseHealth(Status.DOWN, since(started), "health check interrupted");
        }
    }

    private static void selectOne(Database database, Duration timeout) throws SQLException {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("SELECT 1 did not return 1");
                }
            }
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
