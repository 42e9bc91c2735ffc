package io.alphapulse.app.report;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

/**
 * Reduces a time series of any length to what a chart {@code columns} pixels wide can show: for each
 * pixel column the first, lowest, highest and last point (the M4 method). Drawn as a line, that is
 * pixel for pixel the chart of the full series, so a one-bar spike or a flash crash in two million
 * bars stays visible, while the page carries at most four points per column.
 *
 * @param indices the kept points' indices into the series, increasing
 * @param lastInColumn for each column the index of its last point, or {@code −1} if none fell in it
 */
record ColumnReduction(int[] indices, int[] lastInColumn) {

    /**
     * Reduces points {@code 0 .. count − 1}, whose times should not decrease (a series that goes back
     * in time still draws, only with more points). Points with a NaN value are skipped.
     */
    static ColumnReduction of(
            int count, IntToLongFunction time, IntToDoubleFunction value, TimeAxis axis, int columns) {
        int[] kept = new int[Math.min(count, 4 * columns) + 4];
        int keptCount = 0;
        int[] lastInColumn = new int[columns];
        Arrays.fill(lastInColumn, -1);
        int column = -1;
        int first = -1;
        int lowest = -1;
        int highest = -1;
        int last = -1;
        double low = 0;
        double high = 0;
        for (int i = 0; i < count; i++) {
            double v = value.applyAsDouble(i);
            if (Double.isNaN(v)) {
                continue;
            }
            int c = axis.column(time.applyAsLong(i), columns);
            if (c != column) {
                if (column >= 0) {
                    if (keptCount + 4 > kept.length) {
                        kept = Arrays.copyOf(kept, kept.length * 2);
                    }
                    keptCount = keep(kept, keptCount, first, lowest, highest, last);
                    lastInColumn[column] = last;
                }
                column = c;
                first = i;
                lowest = i;
                highest = i;
                low = v;
                high = v;
            } else if (v < low) {
                low = v;
                lowest = i;
            } else if (v > high) {
                high = v;
                highest = i;
            }
            last = i;
        }
        if (column >= 0) {
            if (keptCount + 4 > kept.length) {
                kept = Arrays.copyOf(kept, kept.length + 4);
            }
            keptCount = keep(kept, keptCount, first, lowest, highest, last);
            lastInColumn[column] = last;
        }
        return new ColumnReduction(Arrays.copyOf(kept, keptCount), lastInColumn);
    }

    /** Appends the column's distinct extreme points in time order. */
    private static int keep(int[] kept, int size, int first, int lowest, int highest, int last) {
        int[] candidates = {first, Math.min(lowest, highest), Math.max(lowest, highest), last};
        int previous = -1;
        for (int candidate : candidates) {
            if (candidate != previous) {
                kept[size++] = candidate;
                previous = candidate;
            }
        }
        return size;
    }
}
