package io.alphapulse.engine.model;

/**
 * Powers of ten that fit a {@code long}, for rescaling fixed-point values: products of two scale-9
 * values have scale 18, so exponents 0..18 cover every rescale the value types and the accounting do.
 */
public final class PowersOfTen {

    private static final long[] POWERS = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L,
        100_000_000_000_000_000L,
        1_000_000_000_000_000_000L
    };

    /** The largest exponent whose power fits a long. */
    public static final int MAX_EXPONENT = POWERS.length - 1;

    private PowersOfTen() {}

    /**
     * {@code 10^exponent}.
     *
     * @throws ArrayIndexOutOfBoundsException for an exponent outside 0..18
     */
    public static long of(int exponent) {
        return POWERS[exponent];
    }
}
