package io.alphapulse.app.report;

/**
 * A chart's vertical axis: widens the data's range to round numbers (steps of 1, 2 or 5 times a
 * power of ten), maps values onto the plot's y range (larger values higher) and lists the ticks.
 */
final class ValueAxis {

    private final double minimum;
    private final double maximum;
    private final double step;
    private final double top;
    private final double height;

    private ValueAxis(double minimum, double maximum, double step, double top, double height) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.step = step;
        this.top = top;
        this.height = height;
    }

    /**
     * An axis covering {@code low .. high} with about {@code tickCount} round ticks, drawn from
     * {@code top} down over {@code height}. A flat or undefined range is widened so it still draws.
     */
    static ValueAxis covering(double low, double high, int tickCount, double top, double height) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            low = 0;
            high = 1;
        }
        if (high - low < Math.max(Math.abs(high), Math.abs(low)) * 1e-9 || high <= low) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.01;
            low -= pad;
            high += pad;
        }
        double step = niceNumber((high - low) / Math.max(1, tickCount - 1));
        double minimum = Math.floor(low / step) * step;
        double maximum = Math.ceil(high / step) * step;
        return new ValueAxis(minimum, maximum, step, top, height);
    }

    double minimum() {
        return minimum;
    }

    double maximum() {
        return maximum;
    }

    double top() {
        return top;
    }

    double height() {
        return height;
    }

    /** The y coordinate of {@code value}, clamped to the plot. */
    double y(double value) {
        double fraction = (maximum - value) / (maximum - minimum);
        return top + height * Math.max(0.0, Math.min(1.0, fraction));
    }

    /** The tick values, lowest first. */
    double[] ticks() {
        int count = (int) Math.round((maximum - minimum) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            // Multiplying from the minimum, not adding repeatedly, keeps rounding error from piling up.
            ticks[i] = minimum + i * step;
        }
        return ticks;
    }

    /** Decimals that tell the ticks apart: none for a step of 5, two for a step of 0.05. */
    int decimals() {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    /** Decimals that tell the ticks apart when they are shown as percentages of a fraction. */
    int percentDecimals() {
        return Math.max(0, (int) -Math.floor(Math.log10(step * 100) + 1e-9));
    }

    private static double niceNumber(double rough) {
        double exponent = Math.floor(Math.log10(rough));
        double power = Math.pow(10, exponent);
        double fraction = rough / power;
        double nice;
        if (fraction <= 1) {
            nice = 1;
        } else if (fraction <= 2) {
            nice = 2;
        } else if (fraction <= 5) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * power;
    }
}
