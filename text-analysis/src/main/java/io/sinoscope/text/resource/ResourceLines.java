package io.sinoscope.text.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's versioned linguistic data files: UTF-8, one record per line, {@code #} comments. */
public final class ResourceLines {

    private static final String BASE = "/io/sinoscope/text/";

    private ResourceLines() {
    }

    /** Non-blank, non-comment lines of {@code name}, each split on tabs. */
    public static List<String[]> readTsv(String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : readLines(name)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < minColumns) {
                throw new IllegalStateException(name + ":" + lineNumber + " has " + columns.length
                        + " columns, expected at least " + minColumns);
            }
            for (int i = 0; i < columns.length; i++) {
                columns[i] = columns[i].strip();
            }
            rows.add(columns);
        }
        return rows;
    }

    private static List<String> readLines(String name) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BASE + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + BASE + name, e);
        }
    }
}
