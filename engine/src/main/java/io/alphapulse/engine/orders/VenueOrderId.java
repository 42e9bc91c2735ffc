package io.alphapulse.engine.orders;

import java.util.regex.Pattern;

/**
 * The venue's id for an order, known once the venue acknowledges or fills it; needed to cancel or
 * query it there. Venues use numbers, UUIDs and other strings, so any 1 to 64 printable ASCII
 * characters without spaces are accepted.
 *
 * @param value the id as the venue wrote it
 */
public record VenueOrderId(String value) {

    private static final Pattern VALUE = Pattern.compile("[\\x21-\\x7E]{1,64}");

    public VenueOrderId {
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "venue order id must be 1..64 printable ASCII characters without spaces, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
