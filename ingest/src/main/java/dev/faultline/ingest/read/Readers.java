package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;
import dev.faultline.ingest.input.BadInputException;
import dev.faultline.ingest.input.DecodedText;
import dev.faultline.ingest.input.IoFailures;
import dev.faultline.ingest.input.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file whatever its format: checks its size before reading a byte of it, decodes it,
 * picks the reader and runs it. Every way a file can fail ends as one SKIPPED problem naming the
 * file, in words a person understands, with the cause kept as its detail; nothing is thrown, not even
 * by a reader's own bug.
 *
 * <p>Two limits apply: {@code maxReportBytes} to files that hold one report (text, HTML), since no
 * news report is megabytes long and such a file is a dump or a mistake; {@code maxManyReportBytes}
 * to JSON Lines and feeds, which are read whole into memory.
 */
public final class Readers {
    private static final double MB = 1024.0 * 1024.0;

    private final long maxReportBytes;
    private final long maxManyReportBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final ReportReader text = new TextReader();
    private final ReportReader html = new HtmlReader();
    private final ReportReader jsonl = new JsonLinesReader();
    private final ReportReader feed = new FeedReader();

    public Readers(long maxReportBytes, long maxManyReportBytes) {
        this.maxReportBytes = maxReportBytes;
        this.maxManyReportBytes = maxManyReportBytes;
    }

    public ReadResult read(Path file) {
        String path = file.toString();
        InputFormat format = InputFormat.byName(file.getFileName().toString());
        try {
            long size = Files.size(file);
            if (size == 0) return ReadResult.skipped(path, "empty file (0 bytes)");
            long limit = format == InputFormat.JSONL || format == InputFormat.FEED ? maxManyReportBytes : maxReportBytes;
            if (format == InputFormat.UNKNOWN && size > maxReportBytes) limit = maxManyReportBytes;
            if (size > limit) return ReadResult.skipped(path, tooLarge(size, limit, limit == maxReportBytes));
            return read(path, Files.readAllBytes(file));
        } catch (IOException | OutOfMemoryError e) {
            return new ReadResult(List.of(), List.of(Problem.skipped(path, "cannot read: " + IoFailures.plain(e), e)));
        } catch (RuntimeException | StackOverflowError e) {
            // A reader's bug, not the file's fault: the batch goes on, and the cause is kept for a bug report.
            return new ReadResult(List.of(), List.of(Problem.skipped(path,
                    "could not be read: the " + format.name().toLowerCase(Locale.ROOT) + " reader failed on it (please report this file)", e)));
        }
    }

    /**
     * Decodes the bytes of a file named {@code path} and reads them with the reader its name, else its
     * content, calls for. Bad input is a problem; a reader's own bug escapes as an exception, which
     * {@link #read(Path)} turns into a problem and the fuzz tests look for.
     */
    ReadResult read(String path, byte[] bytes) {
        InputFormat format = InputFormat.byName(Path.of(path).getFileName().toString());
        DecodedText decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (BadInputException e) {
            return new ReadResult(List.of(), List.of(e.getCause() == null ? Problem.skipped(path, e.getMessage())
                    : Problem.skipped(path, e.getMessage(), e.getCause())));
        }
        if (format == InputFormat.UNKNOWN || path.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            format = InputFormat.sniff(decoded.text());
        }
        if ((format == InputFormat.TEXT || format == InputFormat.HTML) && bytes.length > maxReportBytes) {
            return ReadResult.skipped(path, tooLarge(bytes.length, maxReportBytes, true));
        }
        List<Problem> notes = decoded.repairNote() == null ? List.of() : List.of(Problem.warning(path, decoded.repairNote()));
        String content = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        return switch (format) {
            case TEXT -> text.read(path, content, notes);
            case HTML -> html.read(path, content, notes);
            case JSONL -> jsonl.read(path, content, notes);
            case FEED -> feed.read(path, content, notes);
            case XML_NOT_FEED -> ReadResult.skipped(path, "an XML file that is not an RSS or Atom feed");
            case UNKNOWN -> throw new IllegalStateException("format left undecided for " + path);
        };
    }

    static String tooLarge(long size, long limit, boolean oneReport) {
        String limitText = limit % (long) MB == 0 ? String.format(Locale.ROOT, "%d MB", (long) (limit / MB))
                : String.format(Locale.ROOT, "%.1f MB", limit / MB);
        return String.format(Locale.ROOT, "file is %.1f MB, over the %s limit for %s", size / MB, limitText,
                oneReport ? "one report" : "a file of many reports");
    }
}
