package io.sinoscope.ingest.intake;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by \n, \r or \r\n, as {@link java.io.BufferedReader#readLine} does) holding at most
 * {@code maxChars} characters of one: a longer line is reported as too long as soon as its first {@code maxChars + 1}
 * characters are read, and its rest is then skipped without being kept. A BufferedReader would build the whole line
 * first, however long (a 50 MB line with no newline is 100 MB of heap before its length can be checked).
 */
final class BoundedLineReader {

    /** A line read: its text, or, when it is longer than the limit, null with {@code tooLong} set. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean skipLineFeed;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. After a too-long line, call {@link #skipRestOfLine}. */
    Line next() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit && !fill()) {
                return line == null ? null : new Line(line.toString(), false);
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int length = position - start;
            int held = line == null ? 0 : line.length();
            if (held + length > maxChars) {
                // Past the limit: report it now, having held no more than the limit.
                position = start + (maxChars - held) + 1;
                return new Line(null, true);
            }
            if (line == null) {
                line = new StringBuilder(Math.min(maxChars, Math.max(16, length)));
            }
            line.append(buffer, start, length);
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                return new Line(line.toString(), false);
            }
        }
    }

    /** Skips what is left of the current line, keeping none of it; returns how many characters were skipped. */
    long skipRestOfLine() throws IOException {
        long skipped = 0;
        while (true) {
            if (position == limit && !fill()) {
                return skipped;
            }
            while (position < limit) {
                char c = buffer[position++];
                if (c == '\n' || c == '\r') {
                    skipLineFeed = c == '\r';
                    return skipped;
                }
                skipped++;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
