package io.alphapulse.infra.db;

import java.util.Locale;

/**
 * The databases AlphaPulse stores into. Each keeps its own migrations ({@code db/migration/<vendor>}),
 * so each schema uses its database well: proper types, {@code timestamptz} and partial indexes on
 * PostgreSQL; WAL and a single writer on SQLite.
 */
public enum Vendor {
    SQLITE("jdbc:sqlite:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Vendor(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /**
     * The vendor a JDBC URL points at.
     *
     * @throws IllegalArgumentException naming the URL if it is neither SQLite nor PostgreSQL
     */
    public static Vendor of(String jdbcUrl) {
        for (Vendor vendor : values()) {
            if (jdbcUrl != null && jdbcUrl.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /** Where this vendor's Flyway migrations live on the classpath. */
    public String migrationLocation() {
        return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
    }
}
