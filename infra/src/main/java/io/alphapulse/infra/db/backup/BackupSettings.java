package io.alphapulse.infra.db.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scheduled backups: {@code alphapulse.backup.enabled} (default false), {@code .directory} (default
 * {@code ./data/backups}), {@code .interval} (ISO-8601 such as {@code PT6H}, or {@code 90s}, {@code 30m},
 * {@code 6h}, {@code 1d}; default 6h) and {@code .keep} (how many backups to keep, default 7). Each is
 * also read from the environment as {@code ALPHAPULSE_BACKUP_ENABLED}, {@code _DIRECTORY}, {@code
 * _INTERVAL}, {@code _KEEP}, which wins over the property, as in Spring Boot.
 */
public record BackupSettings(boolean enabled, Path directory, Duration interval, int keep) {

    public static final Path DEFAULT_DIRECTORY = Path.of("./data/backups");
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(6);
    public static final int DEFAULT_KEEP = 7;

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    public BackupSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("alphapulse.backup.interval must be positive, got " + interval);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("alphapulse.backup.keep must be at least 1, got " + keep);
        }
    }

    /**
     * @throws IllegalArgumentException naming the setting and its value when one is malformed
     */
    public static BackupSettings from(Map<String, String> properties, Map<String, String> environment) {
        String enabled = value("enabled", properties, environment);
        String directory = value("directory", properties, environment);
        String interval = value("interval", properties, environment);
        String keep = value("keep", properties, environment);
        return new BackupSettings(
                enabled != null && parseBoolean(enabled),
                directory == null ? DEFAULT_DIRECTORY : Path.of(directory),
                interval == null ? DEFAULT_INTERVAL : parseInterval(interval),
                keep == null ? DEFAULT_KEEP : parseKeep(keep));
    }

    /** {@code PT6H} or {@code 6h}, {@code 30m}, {@code 90s}, {@code 500ms}, {@code 1d}. */
    static Duration parseInterval(String text) {
        String value = text.strip();
        Matcher shortForm = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException(
                    "alphapulse.backup.interval '" + text
                            + "' is neither an ISO-8601 duration (PT6H) nor like 6h, 30m, 90s",
                    malformed);
        }
    }

    private static int parseKeep(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException malformed) {
            throw new IllegalArgumentException(
                    "alphapulse.backup.keep '" + text + "' is not a whole number", malformed);
        }
    }

    private static boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default ->
                throw new IllegalArgumentException("alphapulse.backup.enabled '" + text + "' is not true or false");
        };
    }

    private static String value(String key, Map<String, String> properties, Map<String, String> environment) {
        String fromEnvironment = environment.get("ALPHAPULSE_BACKUP_" + key.toUpperCase(Locale.ROOT));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        String fromProperties = properties.get("alphapulse.backup." + key);
        return fromProperties == null || fromProperties.isBlank() ? null : fromProperties;
    }
}
