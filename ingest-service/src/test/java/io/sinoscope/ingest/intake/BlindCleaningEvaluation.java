package io.sinoscope.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.ingest.cleaning.ArticleCleaner;
import io.sinoscope.ingest.cleaning.HtmlArticleExtractor;
import io.sinoscope.ingest.cleaning.MainContentLocator;
import io.sinoscope.ingest.cleaning.BoilerplateRemover;
import io.sinoscope.ingest.cleaning.CleaningResult;
import io.sinoscope.ingest.cleaning.MetadataExtractor;
import io.sinoscope.ingest.cleaning.OcrRepair;
import io.sinoscope.ingest.cleaning.UnicodeNormalizer;
import io.sinoscope.ingest.dedup.MinHash;
import io.sinoscope.ingest.dedup.NearDuplicateRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Measures today's ingest path on a blind document set of issue 23 (kept with the other blind files in
 * text-analysis's test resources): cleaning checks, publication time and near-duplicates. Prints lines starting with
 * the set's prefix, with every miss, and fails only when the set is malformed, never on low figures.
 */
final class BlindCleaningEvaluation {

    private static final Path FOLDER = Path.of("..", "text-analysis", "src", "test", "resources", "io", "sinoscope",
            "text", "blind");
    /** Intake's near-duplicate rule with DedupConfig's defaults (signature over the body, Jaccard/containment). */
    private static final NearDuplicateRule RULE = NearDuplicateRule.defaults();
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern HEADER = Pattern.compile(
            "^=== id=(\\S+) region=(CN|TW|HK) format=(html|text) published=(\\S+)$");

    private record Doc(String id, String format, String published, String body) {
    }

    /** What intake stores: the title, the cleaned text and the publication time it read from the text. */
    private record Cleaned(String title, String text, OffsetDateTime publishedAt) {

        String titleAndText() {
            return (title == null ? "" : title) + "\n" + text;
        }
    }

    private final HtmlArticleExtractor html = new HtmlArticleExtractor(new MainContentLocator(), 1_000);
    private final UnicodeNormalizer normalizer = new UnicodeNormalizer();
    private final ArticleCleaner cleaner = new ArticleCleaner(normalizer, new BoilerplateRemover(), new OcrRepair(),
            new MetadataExtractor());

    private final String version;
    /** A fixed arrival, after every document of the set, so datelines without a year resolve the same on every run. */
    private final Instant received;
    private final String prefix;

    /** The set {@code blind-*-<version>} read as arriving at {@code received}, its lines printed after {@code prefix}. */
    BlindCleaningEvaluation(String version, Instant received, String prefix) {
        this.version = version;
        this.received = received;
        this.prefix = prefix;
    }

    void measure() throws IOException {
        Map<String, Doc> docs = docs();
        assertTrue(docs.size() >= 15, "at least 15 documents");
        Map<String, Cleaned> cleaned = new LinkedHashMap<>();
        docs.values().forEach(doc -> cleaned.put(doc.id(), clean(doc)));
        if (Boolean.getBoolean("blind23.dump")) {
            cleaned.forEach((id, c) -> System.out.println(prefix + "dump " + id + " published=" + c.publishedAt()
                    + "\n" + c.titleAndText()));
        }
        List<String> misses = new ArrayList<>();
        measureChecks(cleaned, misses);
        measurePublicationTimes(docs, cleaned, misses);
        measureDuplicates(cleaned, misses);
        misses.forEach(System.out::println);
    }

    /** The steps of ArticleIntake.clean for a submission without client metadata, in its order. */
    private Cleaned clean(Doc doc) {
        String title = null;
        String text;
        String pageTime = null;
        if (doc.format().equals("html")) {
            HtmlArticleExtractor.ExtractedPage page = html.extract(doc.body());
            title = page.title();
            text = page.text();
            pageTime = page.publicationTime();
        } else {
            text = Parser.unescapeEntities(doc.body(), false);
        }
        CleaningResult result = cleaner.clean(text, received, pageTime);
        String finalTitle = title != null && !title.isBlank() ? normalizer.normalize(title)
                : result.metadata().title().orElse(null);
        return new Cleaned(finalTitle, result.text(), result.metadata().publishedAt().orElse(null));
    }

    private void measureChecks(Map<String, Cleaned> cleaned, List<String> misses) throws IOException {
        Map<String, int[]> perCategory = new LinkedHashMap<>(); // expected, passed
        int passed = 0;
        int total = 0;
        for (String line : Files.readAllLines(FOLDER.resolve("blind-cleaning-" + version + ".tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertTrue(f.length == 4 && cleaned.containsKey(f[0]) && (f[1].equals("absent") || f[1].equals("present")),
                    "malformed check: " + line);
            boolean contains = spaced(cleaned.get(f[0]).titleAndText()).contains(spaced(f[3]));
            boolean ok = f[1].equals("present") == contains;
            int[] n = perCategory.computeIfAbsent(f[2], k -> new int[2]);
            n[0]++;
            total++;
            if (ok) {
                n[1]++;
                passed++;
            } else {
                misses.add(prefix + "miss cleaning " + f[0] + " " + f[1] + " " + f[2] + " '" + f[3] + "'");
            }
        }
        assertTrue(total >= 30, "at least 30 cleaning checks");
        System.out.printf(prefix + "cleaning checks passed=%d expected=%d share=%s%n", passed, total,
                ratio(passed, total));
        perCategory.forEach((category, n) -> System.out.printf(
                prefix + "cleaning category=%s passed=%d expected=%d%n", category, n[1], n[0]));
    }

    private void measurePublicationTimes(Map<String, Doc> docs, Map<String, Cleaned> cleaned, List<String> misses) {
        int right = 0;
        int found = 0;
        int expected = 0;
        for (Doc doc : docs.values()) {
            OffsetDateTime got = cleaned.get(doc.id()).publishedAt();
            expected++;
            if (got != null) {
                found++;
            }
            boolean ok;
            if (doc.published().length() == 10) {
                ok = got != null && got.withOffsetSameInstant(ZoneOffset.ofHours(8)).toLocalDate()
                        .equals(LocalDate.parse(doc.published()));
            } else {
                ok = got != null && got.toInstant().equals(OffsetDateTime.parse(doc.published()).toInstant());
            }
            if (ok) {
                right++;
            } else {
                misses.add(prefix + "miss published " + doc.id() + " expected=" + doc.published() + " got=" + got);
            }
        }
        System.out.printf(prefix + "published correct=%d predicted=%d expected=%d recall=%s precision=%s%n", right,
                found, expected, ratio(right, expected), ratio(right, found));
    }

    private void measureDuplicates(Map<String, Cleaned> cleaned, List<String> misses) throws IOException {
        int dupExpected = 0;
        int dupFlagged = 0;
        int distinctExpected = 0;
        int falseDuplicates = 0;
        for (String line : Files.readAllLines(FOLDER.resolve("blind-duplicates-" + version + ".tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertTrue(f.length == 4 && cleaned.containsKey(f[0]) && cleaned.containsKey(f[1])
                    && (f[2].equals("duplicate") || f[2].equals("distinct")), "malformed pair: " + line);
            Cleaned a = cleaned.get(f[0]);
            Cleaned b = cleaned.get(f[1]);
            double similarity = similarity(a, b);
            boolean flagged = ContentHash.of(a.title(), a.text()).equals(ContentHash.of(b.title(), b.text()))
                    || nearDuplicates(a, b);
            String sim = String.format(Locale.ROOT, "%.2f", similarity);
            if (f[2].equals("duplicate")) {
                dupExpected++;
                if (flagged) {
                    dupFlagged++;
                } else {
                    misses.add(prefix + "miss duplicate-not-flagged " + f[0] + " " + f[1] + " similarity=" + sim);
                }
            } else {
                distinctExpected++;
                if (flagged) {
                    falseDuplicates++;
                    misses.add(prefix + "miss false-duplicate " + f[0] + " " + f[1] + " similarity=" + sim);
                }
            }
            System.out.println(prefix + "pair " + f[0] + " " + f[1] + " expected=" + f[2] + " flagged=" + flagged
                    + " similarity=" + sim);
        }
        assertTrue(dupExpected >= 4 && distinctExpected >= 4, "at least 4 reposts/updates and 4 same-event pairs");
        System.out.printf(prefix + "duplicates flagged=%d expected=%d; same-event false-duplicates=%d of %d%n",
                dupFlagged, dupExpected, falseDuplicates, distinctExpected);
    }

    private static double similarity(Cleaned a, Cleaned b) {
        Optional<int[]> sa = RULE.signature(a.text());
        Optional<int[]> sb = RULE.signature(b.text());
        return sa.isPresent() && sb.isPresent() ? MinHash.similarity(sa.get(), sb.get()) : 0;
    }

    /** As intake: the production rule, and only for articles that share an LSH bucket in the same band. */
    private static boolean nearDuplicates(Cleaned a, Cleaned b) {
        Optional<int[]> sa = RULE.signature(a.text());
        Optional<int[]> sb = RULE.signature(b.text());
        return sa.isPresent() && sb.isPresent() && RULE.duplicates(sa.get(), sb.get())
                && NearDuplicateRule.candidates(sa.get(), sb.get());
    }

    private Map<String, Doc> docs() throws IOException {
        Map<String, Doc> docs = new LinkedHashMap<>();
        String[] header = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(FOLDER.resolve("blind-docs-" + version + ".txt"), StandardCharsets.UTF_8)) {
            if (header == null && line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (header != null) {
                    docs.put(header[0], new Doc(header[0], header[1], header[2], body.toString()));
                }
                Matcher m = HEADER.matcher(line);
                assertTrue(m.matches(), "bad document header: " + line);
                header = new String[] {m.group(1), m.group(3), m.group(4)};
                body.setLength(0);
                continue;
            }
            body.append(line).append('\n');
        }
        if (header != null) {
            docs.put(header[0], new Doc(header[0], header[1], header[2], body.toString()));
        }
        return docs;
    }

    /**
     * Every run of spaces as one ASCII space, on both sides of a check: the normaliser turns full-width spaces into
     * ASCII ones, and a page header must not pass as removed just because its spacing changed.
     */
    private static String spaced(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }
}
