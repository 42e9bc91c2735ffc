package io.alphapulse.infra.store.outbox;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The transactional outbox: messages that must leave the process are written in the same database
 * transaction as the state they announce ({@link #append}), and a relay later publishes them
 * ({@link #claimBatch}, publish, {@link #markPublished}).
 *
 * <p><b>What "exactly once" means here.</b> The outbox guarantees that a message exists if and only
 * if its transaction committed: nothing is announced that did not happen, nothing that happened goes
 * unannounced. Publishing is <em>at least once</em>: a relay that publishes and then dies before
 * {@link #markPublished} leaves the message unpublished, and after its claim expires another relay
 * publishes it again. No database and broker pair can close that gap without a shared transaction.
 * The effect is exactly once only because consumers deduplicate on {@link OutboxMessage#id()}; every
 * consumer of outbox topics must do so.
 *
 * <p><b>Claims.</b> {@link #claimBatch} leases the oldest unpublished messages for the configured
 * lease: a claimed message is not handed to another relay until the lease runs out, and then it is
 * (that is the at-least-once redelivery). On PostgreSQL the claim selects with {@code FOR UPDATE SKIP
 * LOCKED}, so relays claiming at the same moment take disjoint batches instead of waiting on each
 * other. On SQLite there is one writer ({@link Database} pools a single connection), so the claim's
 * select and update run alone and a plain select is safe. Within a claim, messages come in the order
 * they were appended; across concurrent PostgreSQL transactions that is the order their rows were
 * inserted, not necessarily the order they committed, so consumers must not rely on strict order
 * across keys.
 */
public final class Outbox {

    /** How long a relay holds a claim unless configured otherwise. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private static final String COLUMNS = "id, topic, message_key, payload, created_at, attempts";

    private final Database database;
    private final Clock clock;
    private final Duration lease;

    /**
     * @param database the store
     * @param clock the time claims and publications are stamped with
     * @param lease how long a claim keeps a message from other relays; longer than a relay needs to
     *     publish a batch
     */
    public Outbox(Database database, Clock clock, Duration lease) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("outbox lease must be positive, was " + lease);
        }
        this.lease = lease;
    }

    /**
     * Writes {@code message} on {@code connection}, inside the caller's transaction: it is committed
     * or rolled back with the caller's other writes.
     *
     * @throws SQLException if the write fails, for example a message with the same id exists
     */
    public void append(Connection connection, OutboxMessage message) throws SQLException {
        Objects.requireNonNull(message, "message");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (id, topic, message_key, payload, created_at) VALUES (?, ?, ?, ?, ?)")) {
            setId(insert, 1, message.id());
            insert.setString(2, message.topic());
            insert.setString(3, message.key());
            insert.setString(4, message.payload());
            setTime(insert, 5, message.createdAt());
            insert.executeUpdate();
        }
    }

    /**
     * Claims up to {@code limit} of the oldest unpublished messages not claimed by another relay,
     * counting an attempt on each. Publish them, then {@link #markPublished} the ones that went out.
     */
    public List<ClaimedMessage> claimBatch(int limit) throws SQLException {
        if (limit <= 0) {
            throw new IllegalArgumentException("outbox claim limit must be positive, was " + limit);
        }
        Instant now = clock.instant();
        String lock = database.vendor() == Vendor.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
        return database.inTransaction(connection -> {
            List<ClaimedMessage> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM outbox WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until <= ?)"
                    + " ORDER BY position LIMIT ?" + lock)) {
                setTime(select, 1, now);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OutboxMessage message = new OutboxMessage(
                                UUID.fromString(rows.getString("id")),
                                rows.getString("topic"),
                                rows.getString("message_key"),
                                rows.getString("payload"),
                                time(rows, "created_at"));
                        claimed.add(new ClaimedMessage(message, rows.getInt("attempts") + 1));
                    }
                }
            }
            if (claimed.isEmpty()) {
                return claimed;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ?")) {
                for (ClaimedMessage message : claimed) {
                    setTime(update, 1, now.plus(lease));
                    setId(update, 2, message.message().id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return claimed;
        });
    }

    /**
     * Marks messages as published so no relay claims them again. Ids already published or unknown
     * are ignored: a relay that lost its lease may mark a message another relay marked first.
     *
     * @return how many messages this call marked
     */
    public int markPublished(Collection<UUID> ids) throws SQLException {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            int marked = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox SET published_at = ?, claimed_until = NULL WHERE id = ? AND published_at IS NULL")) {
                for (UUID id : ids) {
                    setTime(update, 1, now);
                    setId(update, 2, Objects.requireNonNull(id, "id"));
                    marked += update.executeUpdate();
                }
            }
            return marked;
        });
    }

    /** How many messages wait to be published, claimed or not: the relay's backlog, for monitoring. */
    public long pendingCount() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT count(*) FROM outbox WHERE published_at IS NULL");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void setId(PreparedStatement statement, int index, UUID id) throws SQLException {
        if (database.vendor() == Vendor.POSTGRESQL) {
            statement.setObject(index, id);
        } else {
            statement.setString(index, id.toString());
        }
    }

    // Same representation as the trading tables: timestamptz, or epoch milliseconds on SQLite.
    private void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        Instant stored = time.truncatedTo(ChronoUnit.MILLIS);
        if (database.vendor() == Vendor.POSTGRESQL) {
            statement.setObject(index, OffsetDateTime.ofInstant(stored, ZoneOffset.UTC));
        } else {
            statement.setLong(index, stored.toEpochMilli());
        }
    }

    private Instant time(ResultSet row, String column) throws SQLException {
        if (database.vendor() == Vendor.POSTGRESQL) {
            return row.getObject(column, OffsetDateTime.class).toInstant();
        }
        return Instant.ofEpochMilli(row.getLong(column));
    }
}
