package io.alphapulse.infra.testing;

/**
 * An external service that integration tests talk to, at its fixed local address (ARCHITECTURE.md §9):
 * IPv4 loopback, not "localhost", which may resolve to ::1 where a service listens on IPv4 only.
 */
public enum Service {
    POSTGRESQL("PostgreSQL", "127.0.0.1", 5432),
    REDIS("Redis", "127.0.0.1", 6379);

    private final String displayName;
    private final String host;
    private final int port;

    Service(String displayName, String host, int port) {
        this.displayName = displayName;
        this.host = host;
        this.port = port;
    }

    public String displayName() {
        return displayName;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String address() {
        return host + ":" + port;
    }
}
