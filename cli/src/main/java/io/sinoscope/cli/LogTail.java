package io.sinoscope.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of several log files, then (when following) what is appended to them, each line shown through
 * {@link LogLineFormat}. A file that shrinks was rotated or truncated: it is read again from its start, as
 * {@code tail -F} does. Only whole lines are shown; a line still being written waits for its newline.
 */
final class LogTail {

    /** How often the files are looked at while following. */
    static final long POLL_MILLIS = 250;
    /** How much of each file's end is read for its last lines. */
    static final int BACKLOG_BYTES = 4 << 20;

    private final List<Path> files;
    private final LogLineFormat format;
    private final boolean raw;
    private final int leastLevel;
    private final PrintStream out;
    /** Per file: the offset up to which its lines were shown. */
    private final Map<Path, Long> shown = new LinkedHashMap<>();

    /**
     * @param raw        lines printed as written
     * @param leastLevel records under this rank ({@link LogLineFormat#rank}) are skipped; -1 shows every record
     */
    LogTail(List<Path> files, LogLineFormat format, boolean raw, int leastLevel, PrintStream out) {
        this.files = files;
        this.format = format;
        this.raw = raw;
        this.leastLevel = leastLevel;
        this.out = out;
    }

    /** The log's name as the launcher calls it: {@code query-service.log} → {@code query-service}. */
    static String source(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * The last {@code count} shown lines of each file (after the level filter), file by file, from at most the last
     * {@link #BACKLOG_BYTES} of each: a service's log can be large, and the lines asked for are at its end.
     */
    void showLast(int count) throws IOException {
        for (Path file : files) {
            long end = Files.size(file);
            long start = Math.max(0, end - BACKLOG_BYTES);
            byte[] bytes = read(file, start, end);
            int first = start == 0 ? 0 : firstNewline(bytes) + 1; // a line cut by the window is not shown
            int whole = lastNewline(bytes) + 1;
            List<String> lines = wantedLines(bytes, first, whole);
            List<String> last = lines.subList(Math.max(0, lines.size() - count), lines.size());
            if (files.size() > 1 && !last.isEmpty()) {
                out.println("==> " + source(file) + " <==");
            }
            last.forEach(line -> print(file, line));
            out.flush();
            shown.put(file, start + Math.max(first, whole));
        }
    }

    /** Shows new whole lines as they arrive, until interrupted. */
    void follow() throws IOException, InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            if (!showAppended()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /** Shows the whole lines appended to any file since the last look; true when there were some. */
    boolean showAppended() throws IOException {
        boolean any = false;
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            long size = Files.size(file);
            long from = shown.getOrDefault(file, 0L);
            if (size < from) {
                from = 0; // rotated or truncated
            }
            byte[] bytes = read(file, from, size);
            int whole = lastNewline(bytes) + 1;
            for (String line : wantedLines(bytes, 0, whole)) {
                print(file, line);
                any = true;
            }
            shown.put(file, from + whole);
        }
        out.flush();
        return any;
    }

    /** The non-empty lines of {@code bytes[from, to)} (whole lines) that pass the level filter. */
    private List<String> wantedLines(byte[] bytes, int from, int to) {
        if (to <= from) {
            return List.of();
        }
        return new String(bytes, from, to - from, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isEmpty() && wanted(line)).toList();
    }

    private boolean wanted(String line) {
        if (leastLevel < 0) {
            return true;
        }
        return LogLineFormat.record(line).map(r -> LogLineFormat.rank(r.path("level").asText("")) >= leastLevel)
                .orElse(true);
    }

    private void print(Path file, String line) {
        out.println(raw ? line : format.format(source(file), line));
    }

    private static byte[] read(Path file, long from, long to) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, to - from)];
            in.seek(from);
            in.readFully(bytes);
            return bytes;
        }
    }

    private static int firstNewline(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length - 1;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

}
