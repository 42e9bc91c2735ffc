package io.alphapulse.app.server.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code alphapulse.*} settings of the server (ARCHITECTURE.md §8), each settable by environment
 * variable ({@code ALPHAPULSE_DB_URL}, {@code ALPHAPULSE_ADMIN_PASSWORD}, ...).
 *
 * @param dataDir where the SQLite database, the generated admin password and backups live
 * @param roles which roles this process runs; only {@code all} exists yet
 * @param bus {@code inprocess}; {@code redis} comes with scale-out
 * @param venues the venues to connect; only {@code sim} exists yet
 * @param adminPassword the first admin's password on an empty database; generated when blank
 * @param db the database
 * @param trading the paper trading set-up
 * @param backup scheduled backups
 */
@ConfigurationProperties("alphapulse")
public record ServerSettings(
        @DefaultValue("8080") int port,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("all") List<String> roles,
        @DefaultValue("inprocess") String bus,
        @DefaultValue("sim") List<String> venues,
        String adminPassword,
        @DefaultValue Db db,
        @DefaultValue Trading trading,
        @DefaultValue Backup backup) {

    /** {@code alphapulse.db.*}: {@code url} is JDBC (SQLite or PostgreSQL). */
    public record Db(
            @DefaultValue("jdbc:sqlite:./data/alphapulse.db")
            String url,

            String user,
            String password) {}

    /**
     * {@code alphapulse.trading.*}: the paper account and its strategies.
     *
     * @param strategy a catalog strategy name, run on each of {@code symbols}
     * @param parameters its parameters ({@code alphapulse.trading.parameters.fast=12})
     * @param timeframe the bars it trades on, also the bars stored
     * @param startingCash the paper account's cash in each quote currency of the listed instruments
     * @param reportingCurrency the currency of the portfolio summary's headline figures
     * @param seed seeds the synthetic market; {@code 0} picks one from the clock
     * @param snapshotInterval how often the portfolio is snapshotted and persisted
     * @param feeBps taker and maker fee of the simulated venue, basis points
     * @param feedStaleAfter a feed silent this long counts as stale
     * @param feedActivity multiplies every synthetic instrument's trade rate (1 = about 10 trades/s in
     *     all, each followed by a quote); a busier market for load tests
     */
    public record Trading(
            @DefaultValue("ensemble") String strategy,

            @DefaultValue({"BTC-USDT", "ETH-USDT", "SOL-USDT"})
            List<String> symbols,

            @DefaultValue Map<String, String> parameters,
            @DefaultValue("1m") String timeframe,
            @DefaultValue("100000") BigDecimal startingCash,
            @DefaultValue("USDT") String reportingCurrency,
            @DefaultValue("0") long seed,
            @DefaultValue("10s") Duration snapshotInterval,
            @DefaultValue("10") BigDecimal feeBps,
            @DefaultValue("5s") Duration feedStaleAfter,
            @DefaultValue("1") double feedActivity) {}

    /** {@code alphapulse.backup.*}: see {@code BackupSettings}. */
    public record Backup(
            @DefaultValue("true") boolean enabled,
            Path directory,
            @DefaultValue("6h") Duration interval,
            @DefaultValue("7") int keep) {}
}
