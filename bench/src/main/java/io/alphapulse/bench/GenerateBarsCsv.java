package io.alphapulse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@link SyntheticBars} as a data file in the backtest CSV format, for timing the command line
 * on large inputs: {@code java -cp bench/target/benchmarks.jar io.alphapulse.bench.GenerateBarsCsv
 * bars.csv 2000000}.
 */
public final class GenerateBarsCsv {

    private GenerateBarsCsv() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: GenerateBarsCsv FILE [BARS (default 2000000)] [SEED (default 2024)]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2024;
        SyntheticBars bars = SyntheticBars.generate(count, seed);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.US_ASCII)) {
            out.write("timestamp,open,high,low,close,volume\n");
            for (int i = 0; i < count; i++) {
                out.write(String.format(
                        Locale.ROOT,
                        "%d,%.2f,%.2f,%.2f,%.2f,%.4f%n",
                        bars.openTimeMillis[i],
                        bars.open[i],
                        bars.high[i],
                        bars.low[i],
                        bars.close[i],
                        bars.volume[i]));
            }
        }
    }
}
