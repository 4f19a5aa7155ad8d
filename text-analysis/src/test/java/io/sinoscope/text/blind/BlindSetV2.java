package io.sinoscope.text.blind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a blind set of issue 23 (facts and documents, v2 and later in one format); throws on a malformed line. */
final class BlindSetV2 {

    static final String FOLDER = "/io/sinoscope/text/blind/";

    /** One annotated sentence: the fact of {@code kind} that must cover {@code span}, with its expected values. */
    record FactCase(String id, String region, String kind, String span, Map<String, String> expected, String sentence) {

        int spanStart() {
            return sentence.indexOf(span);
        }
    }

    /** One document of a blind-docs file with its header fields. */
    record Doc(String id, String region, String format, String published, String body) {
    }

    private static final Pattern HEADER = Pattern.compile(
            "^=== id=(\\S+) region=(CN|TW|HK) format=(html|text) published=(\\S+)$");

    private BlindSetV2() {
    }

    static List<FactCase> facts(String version) throws IOException {
        List<FactCase> cases = new ArrayList<>();
        for (String line : lines("blind-facts-" + version + ".tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException("expected 6 columns: " + line);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (String pair : f[4].split(";")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalStateException("bad expectation '" + pair + "' in " + f[0]);
                }
                expected.put(kv[0], kv[1]);
            }
            FactCase c = new FactCase(f[0], f[1], f[2], f[3], expected, f[5]);
            if (c.spanStart() < 0) {
                throw new IllegalStateException(f[0] + ": span '" + f[3] + "' is not in the sentence");
            }
            cases.add(c);
        }
        return cases;
    }

    static List<Doc> docs(String version) throws IOException {
        List<Doc> docs = new ArrayList<>();
        String[] header = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines("blind-docs-" + version + ".txt")) {
            if (header == null && line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (header != null) {
                    docs.add(new Doc(header[0], header[1], header[2], header[3], body.toString()));
                }
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException("bad document header: " + line);
                }
                header = new String[] {m.group(1), m.group(2), m.group(3), m.group(4)};
                body.setLength(0);
                continue;
            }
            body.append(line).append('\n');
        }
        if (header != null) {
            docs.add(new Doc(header[0], header[1], header[2], header[3], body.toString()));
        }
        return docs;
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(BlindSetV2.class.getResourceAsStream(FOLDER + name), name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
