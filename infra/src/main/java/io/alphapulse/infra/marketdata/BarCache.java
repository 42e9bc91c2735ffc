package io.alphapulse.infra.marketdata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * The binary copy of a parsed CSV, kept next to it as {@code <file>.apcache}, so a second run skips
 * parsing. Little-endian:
 *
 * <pre>
 * offset size
 *      0    4  magic "APBC"
 *      4    4  format version (1)
 *      8    8  size of the CSV in bytes
 *     16    8  last-modified time of the CSV, epoch nanoseconds
 *     24    8  fingerprint of the CSV: CRC32C of its first 64 KiB (high half), of its last 64 KiB (low)
 *     32    8  timeframe, seconds
 *     40    4  price scale
 *     44    4  volume scale
 *     48    4  flags: 1 = price scale was inferred, 2 = volume scale was inferred
 *     52    4  rows (at least 1)
 *     56    2  length n of the instrument id in UTF-8 bytes
 *     58    n  instrument id, venue:SYMBOL
 *           .  zero padding to a multiple of 8 (the header length)
 *      h   8r  open times (epoch nanoseconds), then open, high, low, close, volume: six columns of r longs
 *   h+48r   8  CRC32C of everything before it
 * </pre>
 *
 * <p>A cache is used only when all of the CSV's size, modification time and fingerprint and the
 * request's instrument, timeframe and scales match, the file has exactly the length its header
 * implies and the checksum is right; anything else is a miss with a reason, never an error. Writes go
 * to a temporary file in the same directory and are moved into place, so readers see the old cache
 * or the new one, never half of one.
 */
final class BarCache {

    static final String SUFFIX = ".apcache";

    private static final int MAGIC = 0x43425041; // "APBC" read little-endian
    private static final int VERSION = 1;
    private static final int FIXED_HEADER_BYTES = 58;
    private static final int MAX_ID_BYTES = 256;
    private static final int PRICE_INFERRED = 1;
    private static final int SIZE_INFERRED = 2;
    private static final int FINGERPRINT_BYTES = 64 * 1024;
    private static final int CHUNK_BYTES = 1 << 20; // a multiple of 8, so longs never straddle chunks
    private static final int TRAILER_BYTES = Long.BYTES;
    private static final int COLUMN_COUNT = 6;

    private BarCache() {}

    /** Where the cache of {@code csv} lives: next to it, {@code bars.csv} → {@code bars.csv.apcache}. */
    static Path fileFor(Path csv) {
        Path absolute = csv.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /** What identifies a CSV's content without reading all of it. */
    record SourceState(long size, long modifiedNanos, long fingerprint) {

        static SourceState of(Path csv) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(csv, BasicFileAttributes.class);
            long size = attributes.size();
            try (FileChannel channel = FileChannel.open(csv, StandardOpenOption.READ)) {
                int headLength = (int) Math.min(size, FINGERPRINT_BYTES);
                long head = checksum(channel, 0, headLength);
                long tail = checksum(channel, size - headLength, headLength);
                return new SourceState(size, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), head << 32 | tail);
            }
        }

        private static long checksum(FileChannel channel, long position, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            readFully(channel, buffer, position);
            CRC32C crc = new CRC32C();
            crc.update(buffer.flip());
            return crc.getValue();
        }
    }

    /** The outcome of looking for a usable cache. */
    sealed interface Lookup {

        /** The cache matched; these are its columns. */
        record Hit(BarColumns columns) implements Lookup {}

        /** No usable cache, and why, for the load's report. */
        record Miss(String reason) implements Lookup {}
    }

    /** Reads {@code cacheFile} if it holds exactly the bars {@code request} would get from the CSV. */
    static Lookup read(Path cacheFile, SourceState source, BarRequest request) {
        if (!Files.isRegularFile(cacheFile)) {
            return new Lookup.Miss("no cache yet");
        }
        try (FileChannel channel = FileChannel.open(cacheFile, StandardOpenOption.READ)) {
            return read(channel, source, request);
        } catch (IOException e) {
            return new Lookup.Miss("cache unreadable (" + e + ")");
        }
    }

    private static Lookup read(FileChannel channel, SourceState source, BarRequest request) throws IOException {
        long fileSize = channel.size();
        if (fileSize < FIXED_HEADER_BYTES + TRAILER_BYTES) {
            return new Lookup.Miss("cache truncated");
        }
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(fileSize, FIXED_HEADER_BYTES + MAX_ID_BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, head, 0);
        head.flip();
        if (head.getInt(0) != MAGIC || head.getInt(4) != VERSION) {
            return new Lookup.Miss("not a cache of this format version");
        }
        if (head.getLong(8) != source.size()
                || head.getLong(16) != source.modifiedNanos()
                || head.getLong(24) != source.fingerprint()) {
            return new Lookup.Miss("cache is stale: the CSV changed");
        }
        int priceScale = head.getInt(40);
        int sizeScale = head.getInt(44);
        int flags = head.getInt(48);
        int rows = head.getInt(52);
        int idLength = Short.toUnsignedInt(head.getShort(56));
        if (rows < 1
                || idLength > MAX_ID_BYTES
                || FIXED_HEADER_BYTES + idLength > head.limit()
                || priceScale < 0
                || priceScale > BarRequest.MAX_SCALE
                || sizeScale < 0
                || sizeScale > BarRequest.MAX_SCALE) {
            return new Lookup.Miss("cache header is corrupt");
        }
        String instrumentId = new String(head.array(), FIXED_HEADER_BYTES, idLength, StandardCharsets.UTF_8);
        if (!instrumentId.equals(request.instrumentId().toString())
                || head.getLong(32) != request.timeframe().seconds()
                || !scaleMatches(request.priceScale(), priceScale, (flags & PRICE_INFERRED) != 0)
                || !scaleMatches(request.sizeScale(), sizeScale, (flags & SIZE_INFERRED) != 0)) {
            return new Lookup.Miss("cache was written for another instrument, timeframe or scale");
        }
        int headerLength = headerLength(idLength);
        long expectedSize = headerLength + (long) rows * COLUMN_COUNT * Long.BYTES + TRAILER_BYTES;
        if (fileSize != expectedSize) {
            return new Lookup.Miss("cache has " + fileSize + " bytes, its header says " + expectedSize);
        }
        CRC32C crc = new CRC32C();
        ByteBuffer header = ByteBuffer.allocate(headerLength);
        readFully(channel, header, 0);
        crc.update(header.flip());
        BarColumns columns = BarColumns.ofSize(rows, priceScale, sizeScale);
        ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long position = headerLength;
        for (long[] column : columnsOf(columns)) {
            position = readColumn(channel, position, column, rows, chunk, crc);
        }
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, trailer, position);
        if (trailer.getLong(0) != crc.getValue()) {
            return new Lookup.Miss("cache is corrupt: checksum mismatch");
        }
        return new Lookup.Hit(columns);
    }

    /**
     * A cache built by inference serves only requests that infer; an explicit scale is served by any
     * cache whose columns already have that scale, since parsing would give the same values.
     */
    private static boolean scaleMatches(OptionalInt requested, int cachedScale, boolean inferred) {
        return requested.isPresent() ? requested.getAsInt() == cachedScale : inferred;
    }

    /**
     * Writes the cache atomically.
     *
     * @return empty if written, else why not (a read-only directory, a full disk); the load goes on
     */
    static Optional<String> write(Path cacheFile, SourceState source, BarRequest request, BarColumns columns) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(cacheFile.getParent(), "." + cacheFile.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                write(channel, source, request, columns);
            }
            try {
                Files.move(temporary, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, cacheFile, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A stray hidden temporary file is harmless; the reason below is what matters.
                }
            }
            return Optional.of("cannot write " + cacheFile + " (" + e + ")");
        }
    }

    private static void write(FileChannel channel, SourceState source, BarRequest request, BarColumns columns)
            throws IOException {
        byte[] id = request.instrumentId().toString().getBytes(StandardCharsets.UTF_8);
        int headerLength = headerLength(id.length);
        int flags = (request.priceScale().isEmpty() ? PRICE_INFERRED : 0)
                | (request.sizeScale().isEmpty() ? SIZE_INFERRED : 0);
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC)
                .putInt(VERSION)
                .putLong(source.size())
                .putLong(source.modifiedNanos())
                .putLong(source.fingerprint())
                .putLong(request.timeframe().seconds())
                .putInt(columns.priceScale())
                .putInt(columns.sizeScale())
                .putInt(flags)
                .putInt(columns.size())
                .putShort((short) id.length)
                .put(id);
        header.position(0).limit(headerLength);
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate());
        writeFully(channel, header);
        ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] column : columnsOf(columns)) {
            writeColumn(channel, column, columns.size(), chunk, crc);
        }
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        trailer.putLong(crc.getValue()).flip();
        writeFully(channel, trailer);
    }

    private static long[][] columnsOf(BarColumns columns) {
        return new long[][] {
            columns.openTimeNanos, columns.open, columns.high, columns.low, columns.close, columns.volume
        };
    }

    private static int headerLength(int idLength) {
        return (FIXED_HEADER_BYTES + idLength + 7) & ~7;
    }

    private static long readColumn(
            FileChannel channel, long position, long[] column, int rows, ByteBuffer chunk, CRC32C crc)
            throws IOException {
        int done = 0;
        while (done < rows) {
            int count = Math.min(rows - done, CHUNK_BYTES / Long.BYTES);
            chunk.clear().limit(count * Long.BYTES);
            readFully(channel, chunk, position);
            chunk.flip();
            crc.update(chunk);
            chunk.rewind();
            chunk.asLongBuffer().get(column, done, count);
            position += (long) count * Long.BYTES;
            done += count;
        }
        return position;
    }

    private static void writeColumn(FileChannel channel, long[] column, int rows, ByteBuffer chunk, CRC32C crc)
            throws IOException {
        int done = 0;
        while (done < rows) {
            int count = Math.min(rows - done, CHUNK_BYTES / Long.BYTES);
            chunk.clear();
            chunk.asLongBuffer().put(column, done, count);
            chunk.limit(count * Long.BYTES);
            crc.update(chunk);
            chunk.rewind();
            writeFully(channel, chunk);
            done += count;
        }
    }

    /** Fills {@code buffer} from {@code position}; a file that ends first is a truncated one. */
    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("unexpected end of file at byte " + position);
            }
            position += read;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
