package io.sinoscope.text.blind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the blind trade-measure set v3 (issue 23) and rejects it when it is malformed: every check
 * here is about the set, never about the analyser's figures.
 */
final class BlindTradeSetV3 {

    static final String FOLDER = "/io/sinoscope/text/blind/";
    static final Set<String> KINDS = Set.of("tariff_change", "export_control", "sanction");
    static final String DECOY = "none";
    static final Set<String> STATUSES = Set.of("announced", "threatened", "in_force", "suspended", "lifted");
    static final Set<String> REGIONS = Set.of("CN", "TW", "HK");

    private static final Pattern HEADER = Pattern.compile("^@@ (\\S+) (CN|TW|HK)(?: (\\d{4}-\\d{2}-\\d{2}))?$");

    record Article(String id, String region, LocalDate published, String text) {
    }

    /**
     * One annotated row; for a decoy {@code kind} is {@link #DECOY} and only the anchor counts. Empty
     * strings and null numbers mean "not checked".
     */
    record Measure(Article article, String anchor, String kind, String imposer, String target, List<String> entities,
                   String goods, String status, String effective, Double from, Double to) {

        boolean decoy() {
            return DECOY.equals(kind);
        }

        int anchorAt() {
            return article.text().indexOf(anchor);
        }
    }

    private BlindTradeSetV3() {
    }

    static Map<String, Article> articles() throws IOException {
        return articles("v3");
    }

    /** The articles of set {@code version} (v3, v4: the same format). */
    static Map<String, Article> articles(String version) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        String id = null;
        String region = null;
        LocalDate published = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines("blind-trade-" + version + ".txt")) {
            if (line.startsWith("#") && id == null) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (id != null) {
                    put(articles, new Article(id, region, published, text.toString().strip()));
                }
                id = header.group(1);
                region = header.group(2);
                published = header.group(3) == null ? null : LocalDate.parse(header.group(3));
                text.setLength(0);
            } else if (line.startsWith("@@")) {
                throw new IllegalStateException("malformed article header: " + line);
            } else if (id != null) {
                text.append(line).append('\n');
            }
        }
        if (id != null) {
            put(articles, new Article(id, region, published, text.toString().strip()));
        }
        return articles;
    }

    private static void put(Map<String, Article> articles, Article article) {
        if (article.text().isEmpty()) {
            throw new IllegalStateException("article " + article.id() + " has no text");
        }
        if (articles.put(article.id(), article) != null) {
            throw new IllegalStateException("article id used twice: " + article.id());
        }
    }

    static List<Measure> measures(Map<String, Article> articles) throws IOException {
        return measures(articles, "v3");
    }

    /** The annotated measures and decoys of set {@code version}. */
    static List<Measure> measures(Map<String, Article> articles, String version) throws IOException {
        List<Measure> measures = new ArrayList<>();
        for (String line : lines("blind-trade-" + version + ".tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 11) {
                throw new IllegalStateException("expected 11 cells, got " + cells.length + ": " + line);
            }
            Article article = articles.get(cells[0]);
            if (article == null) {
                throw new IllegalStateException("unknown article: " + line);
            }
            String anchor = cells[1];
            int at = article.text().indexOf(anchor);
            if (anchor.isEmpty() || at < 0 || article.text().indexOf(anchor, at + 1) >= 0) {
                throw new IllegalStateException("anchor not found or not unique in " + article.id() + ": " + anchor);
            }
            String kind = cells[2];
            if (!KINDS.contains(kind) && !DECOY.equals(kind)) {
                throw new IllegalStateException("bad kind: " + line);
            }
            String status = cells[7];
            if (!status.isEmpty() && !STATUSES.contains(status)) {
                throw new IllegalStateException("bad status: " + line);
            }
            String effective = cells[8];
            if (!effective.isEmpty()) {
                try {
                    LocalDate.parse(effective);
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException("bad effective date: " + line, e);
                }
            }
            List<String> entities = cells[5].isEmpty() ? List.of() : List.of(cells[5].split("\\|"));
            measures.add(new Measure(article, anchor, kind, cells[3], cells[4], entities, cells[6], status, effective,
                    number(cells[9], line), number(cells[10], line)));
        }
        return measures;
    }

    private static Double number(String cell, String line) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bad from/to number: " + line, e);
        }
    }

    private static List<String> lines(String name) throws IOException {
        InputStream in = BlindTradeSetV3.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
