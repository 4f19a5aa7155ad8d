package io.sinoscope.text.keyword;

import io.sinoscope.text.keyword.KeywordEvalSet.Article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores ranked keywords against gold, macro-averaged over articles.
 *
 * <ul>
 *   <li><b>strict</b>: a keyword matches a gold term when both are equal after lower-casing
 *       (everything is already normalised Simplified; entities in canonical form);</li>
 *   <li><b>lenient</b>: also when one contains the other, the shorter at least two characters
 *       (出口 for 出口管制, 稀土出口管制 for 稀土): "the analyst would see the right topic";</li>
 *   <li>P@5 = matching keywords among the first five / 5; R@k = gold terms matched by some of the
 *       first k / gold terms;</li>
 *   <li>cross-variant: for every story told in several regional styles, the Jaccard overlap of the
 *       first-five sets of each pair of retellings, averaged per story, then over stories.</li>
 * </ul>
 */
final class KeywordMetrics {

    static final int K = 5;
    static final int WIDE_K = 10;

    record Result(double strictPrecision, double strictRecall, double strictRecallWide, double lenientPrecision,
            double lenientRecall, double crossVariantJaccard, int articles) {

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", name, strictPrecision,
                    strictRecall, strictRecallWide, lenientPrecision, lenientRecall, crossVariantJaccard);
        }

        static String header() {
            return "| extractor | P@5 | R@5 | R@10 | lenient P@5 | lenient R@5 | cross-variant Jaccard@5 |\n"
                    + "|---|---|---|---|---|---|---|";
        }
    }

    private KeywordMetrics() {
    }

    static Result measure(List<Article> articles, Function<Article, List<String>> keywords) {
        double strictP = 0, strictR = 0, strictRWide = 0, lenientP = 0, lenientR = 0;
        Map<String, List<Set<String>>> topByStory = new LinkedHashMap<>();
        for (Article article : articles) {
            List<String> ranked = keywords.apply(article).stream().map(KeywordMetrics::fold).toList();
            List<String> top = ranked.subList(0, Math.min(K, ranked.size()));
            List<String> wide = ranked.subList(0, Math.min(WIDE_K, ranked.size()));
            List<String> gold = article.gold().stream().map(KeywordMetrics::fold).toList();
            strictP += top.stream().filter(gold::contains).count() / (double) K;
            strictR += gold.stream().filter(top::contains).count() / (double) gold.size();
            strictRWide += gold.stream().filter(wide::contains).count() / (double) gold.size();
            lenientP += top.stream().filter(k -> gold.stream().anyMatch(g -> lenientMatch(k, g))).count() / (double) K;
            lenientR += gold.stream().filter(g -> top.stream().anyMatch(k -> lenientMatch(k, g))).count()
                    / (double) gold.size();
            if (!article.story().equals("-")) {
                topByStory.computeIfAbsent(article.story(), s -> new ArrayList<>()).add(new HashSet<>(top));
            }
        }
        int n = articles.size();
        return new Result(strictP / n, strictR / n, strictRWide / n, lenientP / n, lenientR / n,
                crossVariant(topByStory), n);
    }

    static boolean lenientMatch(String keyword, String gold) {
        if (keyword.equals(gold)) {
            return true;
        }
        String shorter = keyword.length() < gold.length() ? keyword : gold;
        String longer = shorter == keyword ? gold : keyword;
        return shorter.codePointCount(0, shorter.length()) >= 2 && longer.contains(shorter);
    }

    private static double crossVariant(Map<String, List<Set<String>>> topByStory) {
        double sum = 0;
        int stories = 0;
        for (List<Set<String>> retellings : topByStory.values()) {
            double storySum = 0;
            int pairs = 0;
            for (int i = 0; i < retellings.size(); i++) {
                for (int j = i + 1; j < retellings.size(); j++) {
                    storySum += jaccard(retellings.get(i), retellings.get(j));
                    pairs++;
                }
            }
            if (pairs > 0) {
                sum += storySum / pairs;
                stories++;
            }
        }
        return stories == 0 ? Double.NaN : sum / stories;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> intersection = new HashSet<>(a);
        intersection.retainAll(b);
        return intersection.size() / (double) union.size();
    }

    private static String fold(String term) {
        return term.strip().toLowerCase(Locale.ROOT);
    }
}
