package io.alphapulse.engine.orders;

/**
 * Our id for an order, chosen before it is sent, so commands, events and fills can be matched even
 * when the venue's acknowledgement is lost. 1 to 36 characters of {@code [A-Za-z0-9_-]}: that fits
 * every venue's client id field (Binance allows 36) and a UUID.
 *
 * @param value the id
 */
public record ClientOrderId(String value) {

    public ClientOrderId {
        if (!IdentifierText.isWord(value, 36, false)) {
            throw new IllegalArgumentException("client order id must be 1..36 of [A-Za-z0-9_-], was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
