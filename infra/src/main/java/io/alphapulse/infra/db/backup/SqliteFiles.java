package io.alphapulse.infra.db.backup;

import java.nio.file.Path;

/** The database file behind a {@code jdbc:sqlite:} URL. */
final class SqliteFiles {

    private SqliteFiles() {}

    /**
     * @throws IllegalArgumentException naming the URL when it is an in-memory database, which has no
     *     file to back up or replace
     */
    static Path databaseFile(String url) {
        String location = url.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isEmpty() || location.equals(":memory:") || location.startsWith(":memory:")) {
            throw new IllegalArgumentException(
                    "the database URL '" + url + "' is an in-memory database: there is no file to back up or restore");
        }
        return Path.of(location).toAbsolutePath().normalize();
    }

    static Path sibling(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }
}
