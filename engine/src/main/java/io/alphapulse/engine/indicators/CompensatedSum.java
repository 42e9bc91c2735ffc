package io.alphapulse.engine.indicators;

/**
 * A running sum with Neumaier's compensation: the rounding error of every addition is carried in
 * a second term, so adding and later subtracting the same values millions of times leaves the
 * total accurate to a few ulps instead of letting the error grow with the number of operations.
 * Used by the indicators' running windows and by the backtest statistics over millions of returns.
 * Not thread-safe.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    public void add(double value) {
        double total = sum + value;
        // Recover exactly what the rounding of this addition lost (Neumaier's variant of Kahan,
        // which is also right when the new value is larger than the running sum).
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - total) + value;
        } else {
            compensation += (value - total) + sum;
        }
        sum = total;
    }

    public void subtract(double value) {
        add(-value);
    }

    public double value() {
        return sum + compensation;
    }

    public void reset() {
        sum = 0.0;
        compensation = 0.0;
    }
}
