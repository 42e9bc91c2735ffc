package io.alphapulse.infra.store.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Channel names, stored as one comma-separated column; the name pattern keeps commas out of names. */
final class Channels {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

    private Channels() {}

    static List<String> validated(List<String> channels) {
        List<String> copy = List.copyOf(channels);
        for (String channel : copy) {
            if (!NAME.matcher(channel).matches()) {
                throw new IllegalArgumentException("channel name must match " + NAME + ": '" + channel + "'");
            }
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("channels are listed twice: " + copy);
        }
        return copy;
    }

    static String column(List<String> channels) {
        return String.join(",", channels);
    }

    static List<String> ofColumn(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
