package io.alphapulse.infra.db;

import java.util.Map;
import java.util.Objects;

/**
 * Where the store lives (ARCHITECTURE.md §8): {@code ALPHAPULSE_DB_URL} (default {@code
 * jdbc:sqlite:./data/alphapulse.db}), {@code ALPHAPULSE_DB_USER}, {@code ALPHAPULSE_DB_PASSWORD}.
 * The password never appears in {@link #toString()}.
 *
 * @param url the JDBC URL
 * @param user the user, or {@code null} (SQLite needs none)
 * @param password the password, or {@code null}
 */
public record DatabaseSettings(String url, String user, String password) {

    /** The embedded default: one file, nothing to install. */
    public static final String DEFAULT_URL = "jdbc:sqlite:./data/alphapulse.db";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Vendor.of(url);
    }

    /** Settings from the {@code ALPHAPULSE_DB_*} environment variables, defaults where unset. */
    public static DatabaseSettings fromEnvironment(Map<String, String> environment) {
        String url = environment.get("ALPHAPULSE_DB_URL");
        return new DatabaseSettings(
                url == null || url.isBlank() ? DEFAULT_URL : url.strip(),
                blankToNull(environment.get("ALPHAPULSE_DB_USER")),
                blankToNull(environment.get("ALPHAPULSE_DB_PASSWORD")));
    }

    public Vendor vendor() {
        return Vendor.of(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
