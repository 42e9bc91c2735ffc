package io.alphapulse.engine.orders;

/**
 * The venue's id for one execution (fill); lets accounting recognize a fill reported twice. 1 to 64
 * printable ASCII characters without spaces.
 *
 * @param value the id as the venue wrote it
 */
public record TradeId(String value) {

    public TradeId {
        if (!IdentifierText.isPrintable(value, 64)) {
            throw new IllegalArgumentException(
                    "trade id must be 1..64 printable ASCII characters without spaces, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
