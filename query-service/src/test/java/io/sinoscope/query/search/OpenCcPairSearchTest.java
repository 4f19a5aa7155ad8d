package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.Region;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every pair of OpenCC's Taiwan and Hong Kong tables (the pinned copy the regional resource is generated from),
 * through the real normalisation path on both sides: the article through {@link TextAnalyzer#normalize} as at index
 * time, the query through {@link TermVariants#forms} as at search time. A query finds an article when one of its forms
 * occurs in the article's normalised text, which is what the bigram phrase match of the index tests.
 *
 * <p>Forward: the mainland form (the standard form in Simplified) finds a regional article written with the regional
 * form, required for 95% of each table. Reverse: the regional form finds a mainland article, reported.
 */
class OpenCcPairSearchTest {

    private static final Path SOURCE = Path.of("../text-analysis/src/test/resources/io/sinoscope/text/opencc-1.4.2/");

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();
    private final TermVariants variants = new TermVariants(analyzer);

    private record Pair(String standard, String regional) {
    }

    @Test
    void taiwanPhrases() throws IOException {
        assertCovered("TWPhrases.txt", "據台灣媒體報導，%s成為本週軟體業者討論的話題。", Region.TAIWAN);
    }

    @Test
    void hongKongPhrases() throws IOException {
        assertCovered("HKPhrases.txt", "據香港傳媒報道，%s成為本週港股投資者討論的話題。", Region.HONG_KONG);
    }

    @Test
    void taiwanVariants() throws IOException {
        assertCovered("TWVariants.txt", "據台灣媒體報導，%s成為本週軟體業者討論的話題。", Region.TAIWAN);
    }

    @Test
    void hongKongVariants() throws IOException {
        assertCovered("HKVariants.txt", "據香港傳媒報道，%s成為本週港股投資者討論的話題。", Region.HONG_KONG);
    }

    private void assertCovered(String table, String regionalArticle, Region region) throws IOException {
        List<Pair> pairs = pairs(table);
        List<String> forwardMisses = new ArrayList<>();
        List<String> reverseMisses = new ArrayList<>();
        int detected = 0;
        for (Pair pair : pairs) {
            String mainland = HanLP.t2s(pair.standard());
            NormalizedText article = analyzer.normalize(regionalArticle.formatted(pair.regional()));
            if (article.region() == region) {
                detected++;
            }
            if (!finds(mainland, article)) {
                forwardMisses.add(mainland + " ⇏ " + pair.regional() + " (" + article.normalized() + ")");
            }
            NormalizedText mainlandArticle = analyzer.normalize("据新华社报道，%s成为本周业界讨论的话题。".formatted(mainland));
            if (!finds(pair.regional(), mainlandArticle)) {
                reverseMisses.add(pair.regional() + " ⇏ " + mainland + " " + variants.forms(pair.regional()));
            }
        }
        int total = pairs.size();
        System.out.printf("OpenCC %s: standard finds regional %d/%d (%.1f%%), regional finds standard %d/%d (%.1f%%),"
                        + " articles detected as %s %d/%d%n", table, total - forwardMisses.size(), total,
                100.0 * (total - forwardMisses.size()) / total, total - reverseMisses.size(), total,
                100.0 * (total - reverseMisses.size()) / total, region.code(), detected, total);
        forwardMisses.forEach(miss -> System.out.println("  forward miss: " + miss));
        reverseMisses.forEach(miss -> System.out.println("  reverse miss: " + miss));
        assertTrue(total - forwardMisses.size() >= 0.95 * total,
                table + ": " + forwardMisses.size() + " of " + total + " pairs missed");
    }

    private boolean finds(String query, NormalizedText article) {
        return variants.forms(query).stream().anyMatch(article.normalized()::contains);
    }

    /** Every non-identity (standard, regional) pair of the table; a row may list several regional forms. */
    private static List<Pair> pairs(String table) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(SOURCE.resolve(table), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            for (String regional : columns[1].split(" ")) {
                if (!regional.isEmpty() && !regional.equals(columns[0])) {
                    pairs.add(new Pair(columns[0], regional));
                }
            }
        }
        return pairs;
    }
}
