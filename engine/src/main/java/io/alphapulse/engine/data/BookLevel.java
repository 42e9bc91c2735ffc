package io.alphapulse.engine.data;

import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * One price level of an order book: the total size resting at a price. Only non-empty levels exist;
 * an empty level is simply absent.
 *
 * @param price the level's price
 * @param size the total size at that price, positive
 */
public record BookLevel(Price price, Quantity size) {

    public BookLevel {
        if (price == null || size == null) {
            throw new IllegalArgumentException("book level needs price and size, got " + size + " @ " + price);
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException("book level at " + price + " must have a positive size, was " + size);
        }
    }
}
