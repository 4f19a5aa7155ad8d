package io.sinoscope.text.keyword;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The annotated keyword sets under {@code src/test/resources/io/sinoscope/text/keyword/}. */
final class KeywordEvalSet {

    static final String DEVELOPMENT = "keywords-eval-v1.tsv";
    static final String HELD_OUT = "keywords-heldout-v1.tsv";

    /** One annotated article; {@code story} is shared by the regional retellings of one story, "-" if none. */
    record Article(String id, String story, String region, List<String> gold, String text) {
    }

    private KeywordEvalSet() {
    }

    static List<Article> load(String resource) {
        List<Article> articles = new ArrayList<>();
        try (InputStream in = KeywordEvalSet.class.getResourceAsStream("/io/sinoscope/text/keyword/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("evaluation set missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 5) {
                    throw new IllegalStateException(resource + ": expected 5 columns: " + line);
                }
                articles.add(new Article(c[0], c[1], c[2], Arrays.asList(c[3].split("\\|")), c[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
