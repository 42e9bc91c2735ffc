package io.alphapulse.engine.orders;

/**
 * The venue's id for an order, known once the venue acknowledges or fills it; needed to cancel or
 * query it there. Venues use numbers, UUIDs and other strings, so any 1 to 64 printable ASCII
 * characters without spaces are accepted.
 *
 * @param value the id as the venue wrote it
 */
public record VenueOrderId(String value) {

    public VenueOrderId {
        if (!IdentifierText.isPrintable(value, 64)) {
            throw new IllegalArgumentException(
                    "venue order id must be 1..64 printable ASCII characters without spaces, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
