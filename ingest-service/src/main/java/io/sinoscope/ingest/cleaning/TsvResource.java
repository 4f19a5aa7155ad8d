package io.sinoscope.ingest.cleaning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the versioned linguistic data files next to the cleaning steps: UTF-8, one record per line, columns
 * separated by a tab, {@code #} lines are comments. A missing file or a short row is a packaging error and fails at
 * start-up, not at the first article.
 */
final class TsvResource {

    private static final String FOLDER = "/io/sinoscope/ingest/cleaning/";

    private TsvResource() {
    }

    static List<String[]> rows(String fileName, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + fileName);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return lines.stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        String[] row = line.split("\t");
                        if (row.length < columns) {
                            throw new IllegalStateException(fileName + ": expected " + columns + " tab-separated "
                                    + "columns in '" + line + "'");
                        }
                        return row;
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
