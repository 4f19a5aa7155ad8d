package io.sinoscope.textrules;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Reads the module's versioned linguistic data files: UTF-8, one record per line, {@code #} comments. */
public final class ResourceLines {

    private static final String BASE = "/io/sinoscope/text/";
    /** SHA-256 of every data file read so far, by name: what {@link #fingerprint()} summarises. */
    private static final Map<String, byte[]> DIGESTS = new ConcurrentSkipListMap<>();

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

    /**
     * A short hash over the name and content of every data file read: with the code version, it says which
     * gazetteer, lexicons and tables produced an analysis, so reprocessing after a data change is traceable.
     */
    public static String fingerprint() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DIGESTS.forEach((name, digest) -> {
            all.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            all.writeBytes(digest);
        });
        return HexFormat.of().formatHex(sha256(all.toByteArray())).substring(0, 12);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static List<String> readLines(String name) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BASE + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().toList();
            DIGESTS.put(name, sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + BASE + name, e);
        }
    }
}
