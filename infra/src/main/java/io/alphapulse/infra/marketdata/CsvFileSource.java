package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A bar CSV on disk, read through its {@link BarCache} when there is a matching one and the cache is
 * enabled. The cache never makes a load fail: a missing, stale, corrupt or unwritable cache only
 * means the CSV is parsed.
 *
 * @param displayName the path as the user wrote it, for messages ({@code bars.csv:17: ...})
 * @param path the file
 * @param cacheEnabled whether to read and write the cache
 */
record CsvFileSource(String displayName, Path path, boolean cacheEnabled) implements BarSource {

    @Override
    public Loaded load(BarRequest request) {
        long size = checkReadableFile();
        if (!cacheEnabled) {
            return new Loaded(
                    parse(request, size).toSeries(request.instrumentId(), request.timeframe()),
                    CacheStatus.NOT_USED,
                    "cache disabled");
        }
        Path cacheFile = BarCache.fileFor(path);
        BarCache.SourceState before = sourceState();
        String missReason = "CSV unreadable for fingerprinting";
        if (before != null) {
            switch (BarCache.read(cacheFile, before, request)) {
                case BarCache.Lookup.Hit hit -> {
                    Optional<BarSeries> series = seriesOf(hit.columns(), request);
                    if (series.isPresent()) {
                        return new Loaded(series.get(), CacheStatus.HIT, "read " + cacheFile);
                    }
                    missReason = "cache holds invalid bars";
                }
                case BarCache.Lookup.Miss miss -> missReason = miss.reason();
            }
        }
        BarColumns columns = parse(request, size);
        BarSeries series = columns.toSeries(request.instrumentId(), request.timeframe());
        if (before == null) {
            return new Loaded(series, CacheStatus.UNAVAILABLE, "not cached: " + missReason);
        }
        if (!before.equals(sourceState())) {
            return new Loaded(series, CacheStatus.UNAVAILABLE, "not cached: the CSV changed while it was read");
        }
        Optional<String> failure = BarCache.write(cacheFile, before, request, columns);
        if (failure.isPresent()) {
            return new Loaded(series, CacheStatus.UNAVAILABLE, failure.get());
        }
        return new Loaded(series, CacheStatus.WRITTEN, "wrote " + cacheFile + " (" + missReason + ")");
    }

    /** The file's size, after making sure it is a readable regular file. */
    private long checkReadableFile() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new MarketDataException("no such file: " + displayName);
        } catch (IOException e) {
            throw cannotRead(e);
        }
        if (attributes.isDirectory()) {
            throw new MarketDataException(displayName + " is a directory, not a CSV file");
        }
        return attributes.size();
    }

    private BarColumns parse(BarRequest request, long size) {
        try (InputStream input = Files.newInputStream(path)) {
            return CsvBarParser.parse(input, displayName, size, request);
        } catch (NoSuchFileException e) {
            throw new MarketDataException("no such file: " + displayName);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private BarCache.SourceState sourceState() {
        try {
            return BarCache.SourceState.of(path);
        } catch (IOException e) {
            return null; // the parse that follows reports the real problem
        }
    }

    /** The cached columns as a series; a checksum can pass on a file we did not write, so check anyway. */
    private static Optional<BarSeries> seriesOf(BarColumns columns, BarRequest request) {
        try {
            return Optional.of(columns.toSeries(request.instrumentId(), request.timeframe()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private MarketDataException cannotRead(IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return new MarketDataException("cannot read " + displayName + ": " + reason, e);
    }
}
