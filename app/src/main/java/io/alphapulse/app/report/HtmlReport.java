package io.alphapulse.app.report;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.data.BarSeries;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a backtest as one self-contained HTML page ({@code --report}, ARCHITECTURE.md §5): header
 * with the run's strategy, instrument, period and parameters; key figures; equity, drawdown and price
 * charts (inline SVG, trades marked on the price); every metric; and the trade list. The page needs
 * no network at all (no fonts, scripts, styles or images from elsewhere) so it can be mailed,
 * archived or opened offline years later.
 *
 * <p>Charts are reduced to the screen's resolution, so a two-million-bar run still gives a page of a
 * few megabytes, written in about a second. The same result and bars always give the same bytes:
 * numbers are formatted independently of locale and time zone (times are UTC) and nothing about the
 * moment of writing goes into the page.
 */
public final class HtmlReport {

    private static final int TEMPORARY_NAME_ATTEMPTS = 16;

    private HtmlReport() {}

    /**
     * Renders the report and puts it at {@code target}, replacing any file there. The page is first
     * written in full to a temporary file next to the target and then moved into place, so a failure
     * leaves either the previous file or nothing, never half a report.
     *
     * @param result what the backtest produced
     * @param bars the bars it ran on, for the price chart
     * @param target the HTML file to write; its directory must exist
     * @throws ReportWriteException with a one-line message naming {@code target} when the file cannot
     *     be written
     */
    public static void write(BacktestResult result, BarSeries bars, Path target) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(target, "target");
        byte[] page = ReportPage.render(result, bars).getBytes(StandardCharsets.UTF_8);
        writeAtomically(page, target.toAbsolutePath().normalize());
    }

    /** The report as a string, as {@link #write} would write it. */
    static String render(BacktestResult result, BarSeries bars) {
        return ReportPage.render(result, bars);
    }

    private static void writeAtomically(byte[] content, Path target) {
        Path directory = target.getParent();
        if (directory == null || target.getFileName() == null) {
            throw new ReportWriteException(
                    target, "not a file path", new FileSystemException(target.toString(), null, "not a file path"));
        }
        if (Files.isDirectory(target)) {
            throw new ReportWriteException(
                    target, "it is a directory", new FileSystemException(target.toString(), null, "is a directory"));
        }
        if (!Files.isDirectory(directory)) {
            String reason = Files.exists(directory)
                    ? directory + " is not a directory"
                    : "directory " + directory + " does not exist";
            throw new ReportWriteException(target, reason, new NotDirectoryException(directory.toString()));
        }
        Path temporary = null;
        try {
            temporary = createTemporary(directory, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On disk before the rename, so a crash cannot leave an empty file under the target's name.
                channel.force(true);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new ReportWriteException(target, reason(e), e);
        }
    }

    /**
     * A new empty file beside the target. Created with the default permissions (unlike {@link
     * Files#createTempFile}, which makes it private) so the report gets the same permissions as any
     * other file the user writes there.
     */
    private static Path createTemporary(Path directory, String targetName) throws IOException {
        long pid = ProcessHandle.current().pid();
        FileAlreadyExistsException last = null;
        for (int attempt = 0; attempt < TEMPORARY_NAME_ATTEMPTS; attempt++) {
            Path candidate = directory.resolve("." + targetName + "." + pid + "." + System.nanoTime() + ".tmp");
            try {
                Files.createFile(candidate);
                return candidate;
            } catch (FileAlreadyExistsException e) {
                last = e;
            }
        }
        throw last;
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            reason = fileSystem.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return reason.replaceAll("\\s+", " ").strip();
    }
}
