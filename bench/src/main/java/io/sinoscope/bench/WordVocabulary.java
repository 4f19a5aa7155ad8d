package io.sinoscope.bench;

import io.sinoscope.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Chinese words with a Zipf frequency distribution, for filler text whose bigrams look like a news index's: a few
 * very frequent terms, a long tail of rare ones. Random characters instead (what ingest benchmarks use to defeat
 * near-duplicate detection) would make almost every bigram unique, a terms dictionary hundreds of times larger than
 * real text gives, and so the wrong latencies. Words are HanLP's synonym lexicon (Cilin, ~70k common words, shipped
 * in the HanLP jar); their rank is a seeded shuffle, since the lexicon carries no frequencies. Thread-safe.
 *
 * <p>The caller leaves out words the gazetteer links (place names, organisations): the lexicon holds hundreds, and
 * filler made of them gave ~25 linked entities per article, several times a news article's, which also multiplied
 * the store work per article in query-service. Entities then come from the newsroom sentences, as intended.
 */
final class WordVocabulary {

    private static final String LEXICON = "data/dictionary/synonym/CoreSynonym.txt";
    /** Zipf exponent of natural-language word frequencies. */
    private static final double EXPONENT = 1.0;

    private final List<String> words;
    private final double[] cumulative;

    private WordVocabulary(List<String> words) {
        this.words = List.copyOf(words);
        this.cumulative = new double[words.size()];
        double sum = 0;
        for (int rank = 0; rank < words.size(); rank++) {
            sum += 1 / Math.pow(rank + 1, EXPONENT);
            cumulative[rank] = sum;
        }
    }

    /** The lexicon without the words the default gazetteer links (see above), ranked by a shuffle of {@code seed}. */
    static WordVocabulary withoutGazetteerNames(long seed) {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        return fromHanLp(seed, word -> analyzer.gazetteer().lookup(word).isEmpty());
    }

    private static WordVocabulary fromHanLp(long seed, Predicate<String> keep) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = WordVocabulary.class.getClassLoader().getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException(LEXICON + " is not on the classpath (HanLP portable jar)");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(" ");
                for (int i = 1; i < fields.length; i++) {
                    if (fields[i].length() >= 2 && fields[i].length() <= 4 && fields[i].codePoints().allMatch(
                            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && keep.test(fields[i])) {
                        words.add(fields[i]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ranked = new ArrayList<>(words);
        Collections.shuffle(ranked, new Random(seed));
        return new WordVocabulary(ranked);
    }

    int size() {
        return words.size();
    }

    String next(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int rank = Arrays.binarySearch(cumulative, target);
        return words.get(rank >= 0 ? rank : Math.min(words.size() - 1, -rank - 1));
    }
}
