package io.alphapulse.infra.db.backup;

import io.alphapulse.infra.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Instruments rows for the backup tests: a table that exists since V1. */
final class Rows {

    private Rows() {}

    static void insertInstruments(Connection connection, String prefix, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO instruments (id, venue, symbol, base_currency, quote_currency, price_increment,"
                        + " size_increment, min_quantity, min_notional) VALUES (?, 'sim', ?, 'BTC', 'USDT', '0.01',"
                        + " '0.00000001', '0.00000001', '0')")) {
            for (int i = 0; i < count; i++) {
                String symbol = prefix + "-" + i;
                insert.setString(1, "sim:" + symbol);
                insert.setString(2, symbol);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static int countInstruments(Database database) throws SQLException {
        try (Connection connection = database.connection()) {
            return countInstruments(connection);
        }
    }

    static int countInstruments(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM instruments")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Opens a backup file on its own, as {@code sqlite3} would. */
    static Connection openSqliteFile(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static String integrityCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }
}
