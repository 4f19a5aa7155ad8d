package io.sinoscope.query.story.comparison;

import io.sinoscope.query.story.comparison.ComparisonInput.Background;
import io.sinoscope.query.story.comparison.StoryComparison.DistinctiveTerm;
import io.sinoscope.textrules.HanCharacters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a region's reports use more than the other regions' reports of the same story: the weighted log-odds ratio
 * with an informative Dirichlet prior of Monroe, Colaresi and Quinn (2008, "Fightin' Words", section 3.5), region
 * {@code i} against the pooled other regions {@code j}:
 *
 * <pre>
 * α_w = α0 · (df_w + 1) / Σ_v (df_v + 1)                      prior from the corpus's document frequencies
 * δ_w = log((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α0 − y_jw − α_w))
 * z_w = δ_w / √(1 / (y_iw + α_w) + 1 / (y_jw + α_w))
 * </pre>
 *
 * where {@code y} counts a word's occurrences, {@code n} all words of the side, and {@code v} runs over the story's
 * vocabulary. The prior is pseudo-evidence drawn from the corpus: a word the corpus rarely uses gets little of it, so
 * said twice by one side and never by the other its z stays small (the zero count dominates the variance), while a
 * word whose use differs against a well-attested background rate scores higher; the z-score also accounts for how
 * little text a side has. The prior also pulls the side with less text further towards the corpus's rate, which can
 * give a word that side uses less often than the others a positive z; a term is therefore listed only when the region
 * uses it at a higher rate than the others do, and its z reaches the least z.
 * A word is a term when it has two or more characters and holds a Han character or a letter (numbers and single
 * characters, mostly function words, are left out).
 */
final class DistinctiveTerms {

    private final ComparisonSettings settings;

    DistinctiveTerms(ComparisonSettings settings) {
        this.settings = settings;
    }

    /** Per region (in the given order), its distinctive terms, highest z first; nothing when fewer than two regions. */
    Map<String, List<DistinctiveTerm>> of(Map<String, Map<String, Integer>> countsByRegion, Background background) {
        Map<String, List<DistinctiveTerm>> found = new LinkedHashMap<>();
        if (countsByRegion.size() < 2) {
            countsByRegion.keySet().forEach(region -> found.put(region, List.of()));
            return found;
        }
        Map<String, Integer> total = new HashMap<>();
        countsByRegion.values().forEach(counts -> counts.forEach((w, n) -> total.merge(w, n, Integer::sum)));
        long allWords = total.values().stream().mapToLong(Integer::longValue).sum();
        double priorMass = 0;
        for (String word : total.keySet()) {
            priorMass += background.frequency(word) + 1;
        }
        double alpha0 = settings.priorStrength();
        for (Map.Entry<String, Map<String, Integer>> region : countsByRegion.entrySet()) {
            Map<String, Integer> mine = region.getValue();
            long ni = mine.values().stream().mapToLong(Integer::longValue).sum();
            long nj = allWords - ni;
            List<DistinctiveTerm> terms = new ArrayList<>();
            for (Map.Entry<String, Integer> word : mine.entrySet()) {
                long df = background.frequency(word.getKey());
                double alpha = alpha0 * (df + 1) / priorMass;
                int yi = word.getValue();
                int yj = total.get(word.getKey()) - yi;
                double delta = Math.log((yi + alpha) / (ni + alpha0 - yi - alpha))
                        - Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
                double z = delta / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
                // The prior pulls the side with less text further towards the corpus's rate; a word that side uses
                // less often than the others must not come out distinctive of it for that alone.
                boolean moreOften = (double) yi / ni > (nj == 0 ? 0 : (double) yj / nj);
                if (moreOften && z >= settings.minZ()) {
                    terms.add(new DistinctiveTerm(word.getKey(), yi, yj, df, round(delta), round(z)));
                }
            }
            terms.sort(Comparator.comparingDouble((DistinctiveTerm t) -> -t.z()).thenComparing(DistinctiveTerm::term));
            found.put(region.getKey(), List.copyOf(terms.subList(0, Math.min(settings.topTerms(), terms.size()))));
        }
        return found;
    }

    /** Whether a word can be a term: two or more characters, one of them Han or a letter. */
    static boolean isTerm(String word) {
        if (word == null || word.codePointCount(0, word.length()) < 2) {
            return false;
        }
        return word.codePoints().anyMatch(c -> HanCharacters.isHan(c) || Character.isLetter(c));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
