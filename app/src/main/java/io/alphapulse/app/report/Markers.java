package io.alphapulse.app.report;

/**
 * Path data for the trade markers: a triangle pointing up whose tip touches the entry price from
 * below, and one pointing down whose tip touches the exit price from above, so the marker never hides
 * the price it marks.
 */
final class Markers {

    static final double HALF_WIDTH = 5;
    static final double HEIGHT = 9;

    private Markers() {}

    /** An upward triangle with its tip at {@code (x, y)}. */
    static String up(double x, double y) {
        StringBuilder data = new StringBuilder(32);
        appendUp(data, x, y);
        return data.toString();
    }

    /** A downward triangle with its tip at {@code (x, y)}. */
    static String down(double x, double y) {
        StringBuilder data = new StringBuilder(32);
        appendDown(data, x, y);
        return data.toString();
    }

    static void appendUp(StringBuilder data, double x, double y) {
        appendUp(data, x, y, 1);
    }

    static void appendDown(StringBuilder data, double x, double y) {
        appendDown(data, x, y, 1);
    }

    /** An upward triangle {@code scale} times the normal size. */
    static void appendUp(StringBuilder data, double x, double y, double scale) {
        appendTriangle(data, x, y, HEIGHT * scale, HALF_WIDTH * scale);
    }

    static void appendDown(StringBuilder data, double x, double y, double scale) {
        appendTriangle(data, x, y, -HEIGHT * scale, HALF_WIDTH * scale);
    }

    private static void appendTriangle(StringBuilder data, double x, double y, double height, double halfWidth) {
        data.append('M');
        Coordinates.append(data, x);
        data.append(' ');
        Coordinates.append(data, y);
        data.append('l');
        Coordinates.append(data, -halfWidth);
        data.append(' ');
        Coordinates.append(data, height);
        data.append('h');
        Coordinates.append(data, 2 * halfWidth);
        data.append('z');
    }
}
