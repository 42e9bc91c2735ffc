package io.alphapulse.app.report;

/**
 * Writes SVG coordinates and path data. Charts carry thousands of points, so this formats with
 * integer arithmetic instead of {@link String#format}: one decimal (a tenth of a pixel on the
 * 1200-unit canvas), no trailing {@code .0}, ASCII minus, the same text on every machine.
 */
final class Coordinates {

    private Coordinates() {}

    static String format(double value) {
        StringBuilder text = new StringBuilder(8);
        append(text, value);
        return text.toString();
    }

    static void append(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        long decimal = tenths % 10;
        if (decimal != 0) {
            out.append('.').append(decimal);
        }
    }

    /** Path data built point by point: the first point moves, the others draw lines. */
    static final class Path {
        private final StringBuilder data = new StringBuilder();

        Path to(double x, double y) {
            data.append(data.isEmpty() ? 'M' : 'L');
            append(data, x);
            data.append(' ');
            append(data, y);
            return this;
        }

        /** Closes the outline back to its first point. */
        Path close() {
            if (!data.isEmpty()) {
                data.append('Z');
            }
            return this;
        }

        boolean isEmpty() {
            return data.isEmpty();
        }

        StringBuilder data() {
            return data;
        }
    }
}
