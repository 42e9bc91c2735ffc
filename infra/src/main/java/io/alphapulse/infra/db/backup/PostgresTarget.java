package io.alphapulse.infra.db.backup;

import io.alphapulse.infra.db.DatabaseSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code pg_dump} and {@code pg_restore} connect: host, port, database and user from the JDBC URL
 * and settings. The password travels in the child's {@code PGPASSWORD} environment variable, never on
 * its command line, where any user of the machine could read it in the process list.
 */
record PostgresTarget(String host, int port, String database, String user, String password) {

    private static final int DEFAULT_PORT = 5432;

    static PostgresTarget of(DatabaseSettings settings) {
        String url = settings.url();
        URI uri;
        try {
            uri = URI.create(url.substring("jdbc:".length()));
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("cannot read host and database from the URL '" + url + "'", malformed);
        }
        String path = uri.getPath();
        if (uri.getHost() == null || path == null || path.length() <= 1) {
            throw new IllegalArgumentException("the URL '" + url
                    + "' does not name a host and a database: use jdbc:postgresql://HOST:PORT/DATABASE");
        }
        String user = settings.user() != null ? settings.user() : queryParameter(uri, "user");
        String password = settings.password() != null ? settings.password() : queryParameter(uri, "password");
        return new PostgresTarget(
                uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path.substring(1), user, password);
    }

    /** The connection options every PostgreSQL client tool takes. */
    List<String> connectionArguments() {
        List<String> arguments = new ArrayList<>(List.of("--host=" + host, "--port=" + port, "--dbname=" + database));
        if (user != null) {
            arguments.add("--username=" + user);
        }
        // A tool asking for a password on a terminal would hang a scheduled backup.
        arguments.add("--no-password");
        return arguments;
    }

    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        if (password != null) {
            environment.put("PGPASSWORD", password);
        }
        return environment;
    }

    @Override
    public String toString() {
        return "PostgresTarget[" + host + ":" + port + "/" + database + ", user=" + user + "]";
    }

    private static String queryParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
