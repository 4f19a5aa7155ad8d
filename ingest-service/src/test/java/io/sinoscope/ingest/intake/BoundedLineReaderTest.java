package io.sinoscope.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void readsLinesAsBufferedReaderDoes() throws IOException {
        var reader = new BoundedLineReader(new StringReader("a\nbc\r\n\r\nd\re"), 10);

        List<String> lines = new ArrayList<>();
        for (var line = reader.next(); line != null; line = reader.next()) {
            lines.add(line.text());
        }

        assertEquals(List.of("a", "bc", "", "d", "e"), lines);
    }

    @Test
    void aLineOfExactlyTheLimitIsKept() throws IOException {
        var reader = new BoundedLineReader(new StringReader("12345\n123456\n"), 5);

        assertEquals("12345", reader.next().text());
        assertTrue(reader.next().tooLong());
    }

    @Test
    void aTooLongLineIsReportedAfterReadingTheLimitAndSkippedUnheld() throws IOException {
        // 50 M characters with no newline, then a short line: the source counts what was taken from it.
        long longLine = 50_000_000;
        var source = new GeneratedLine(longLine, "\n{\"next\":true}\n");
        int limit = 4_000_000;
        var reader = new BoundedLineReader(source, limit);

        BoundedLineReader.Line first = reader.next();

        assertTrue(first.tooLong());
        assertNull(first.text());
        // Refused having read the limit and at most one buffer more: not the 50 M the line has.
        assertTrue(source.delivered <= limit + 64 * 1024, "read " + source.delivered + " characters");
        reader.skipRestOfLine();
        assertEquals("{\"next\":true}", reader.next().text());
        assertNull(reader.next());
        assertEquals(longLine + 15, source.delivered);
    }

    @Test
    void aTooLongLastLineWithoutNewlineEndsTheInput() throws IOException {
        var reader = new BoundedLineReader(new StringReader("ok\n" + "x".repeat(100)), 10);

        assertEquals("ok", reader.next().text());
        assertTrue(reader.next().tooLong());
        assertEquals(89, reader.skipRestOfLine());
        assertNull(reader.next());
    }

    /** {@code length} times 'x', then {@code tail}, generated as read. */
    private static final class GeneratedLine extends Reader {
        private final long length;
        private final String tail;
        long delivered;

        GeneratedLine(long length, String tail) {
            this.length = length;
            this.tail = tail;
        }

        @Override
        public int read(char[] buffer, int offset, int count) {
            long total = length + tail.length();
            if (delivered >= total) {
                return -1;
            }
            int n = (int) Math.min(count, total - delivered);
            for (int i = 0; i < n; i++) {
                long at = delivered + i;
                buffer[offset + i] = at < length ? 'x' : tail.charAt((int) (at - length));
            }
            delivered += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
