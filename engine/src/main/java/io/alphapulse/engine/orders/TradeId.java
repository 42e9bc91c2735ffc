package io.alphapulse.engine.orders;

import java.util.regex.Pattern;

/**
 * The venue's id for one execution (fill); lets accounting recognize a fill reported twice. 1 to 64
 * printable ASCII characters without spaces.
 *
 * @param value the id as the venue wrote it
 */
public record TradeId(String value) {

    private static final Pattern VALUE = Pattern.compile("[\\x21-\\x7E]{1,64}");

    public TradeId {
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "trade id must be 1..64 printable ASCII characters without spaces, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
