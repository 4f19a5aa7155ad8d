package io.sinoscope.text.summary;

import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.sentence.SentenceSplitter;
import io.sinoscope.text.topic.Topic;
import io.sinoscope.text.topic.TopicClassifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Picks the 2–3 sentences that best stand for an article and returns them as the ORIGINAL text
 * wrote them, so a Taiwan article is summarised in Traditional characters.
 *
 * <p>Sentences are scored on the normalised text, so regional variants score alike:
 * <ul>
 *   <li>position — news puts the point first: 1 / (1 + index / 2);</li>
 *   <li>centrality — the share of the sentence's character bigrams that recur elsewhere in the
 *       article (a cheap, segmentation-free stand-in for keyword overlap);</li>
 *   <li>topic terms — evidence terms of the article's topics the sentence contains, 0.2 each up to 0.6.</li>
 * </ul>
 * Sentences under {@value #MIN_LENGTH} characters (datelines, captions) are not chosen. The chosen
 * sentences keep document order.
 */
public final class ExtractiveSummarizer {

    static final int MIN_LENGTH = 12;
    private static final double TOPIC_TERM_WEIGHT = 0.2;
    private static final double MAX_TOPIC_BONUS = 0.6;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TopicClassifier topics;

    public ExtractiveSummarizer(TopicClassifier topics) {
        this.topics = topics;
    }

    public static ExtractiveSummarizer fromResources() {
        return new ExtractiveSummarizer(TopicClassifier.fromResources());
    }

    /** Up to {@code maxSentences} (clamped to 1..3) sentences of the original text, concatenated. */
    public String summarize(NormalizedText text, int maxSentences) {
        return summarize(text, maxSentences, topics.classify(text.normalized()));
    }

    /**
     * As {@link #summarize(NormalizedText, int)}, with the article's topics already classified (by the same
     * classifier on the same normalised text), so the pipeline does not classify twice.
     */
    public String summarize(NormalizedText text, int maxSentences, List<Topic> articleTopics) {
        String normalized = text.normalized();
        List<SentenceSplitter.Span> spans = splitter.split(normalized);
        Set<String> topicTerms = new HashSet<>();
        for (Topic topic : articleTopics) {
            topicTerms.addAll(topic.evidence());
        }
        // A bigram is two chars packed into an int; sorted arrays instead of hash sets of two-character strings.
        List<int[]> ownBigrams = new ArrayList<>(spans.size());
        int total = 0;
        for (SentenceSplitter.Span span : spans) {
            int[] own = bigrams(normalized, span);
            ownBigrams.add(own);
            total += own.length;
        }
        // Every sentence's distinct bigrams, together and sorted: a bigram's run length is its sentence count.
        int[] bigramCounts = new int[total];
        int filled = 0;
        for (int[] own : ownBigrams) {
            System.arraycopy(own, 0, bigramCounts, filled, own.length);
            filled += own.length;
        }
        Arrays.sort(bigramCounts);
        int limit = Math.max(1, Math.min(3, maxSentences));
        // Each score once: sorting with a comparator that scored both sides made this a tenth of the whole analysis.
        double[] scores = new double[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).end() - spans.get(i).start() >= MIN_LENGTH) {
                scores[i] = score(normalized, spans.get(i), ownBigrams.get(i), bigramCounts, topicTerms);
            }
        }
        List<SentenceSplitter.Span> chosen = IntStream.range(0, spans.size()).boxed()
                .filter(i -> spans.get(i).end() - spans.get(i).start() >= MIN_LENGTH)
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
                .limit(limit)
                .sorted()
                .map(spans::get)
                .toList();
        StringBuilder summary = new StringBuilder();
        for (SentenceSplitter.Span span : chosen) {
            int start = text.offsets().toOriginal(span.start());
            int end = text.offsets().toOriginalEnd(span.end());
            summary.append(text.original(), start, end);
        }
        return summary.toString();
    }

    private static double score(String text, SentenceSplitter.Span span, int[] own,
                                int[] allBigrams, Set<String> topicTerms) {
        double position = 1.0 / (1 + span.index() / 2.0);
        double centrality = own.length == 0 ? 0 : recurring(own, allBigrams) / (double) own.length;
        String sentence = text.substring(span.start(), span.end());
        double topic = Math.min(MAX_TOPIC_BONUS, topicTerms.stream().filter(sentence::contains).count() * TOPIC_TERM_WEIGHT);
        return position + centrality + topic;
    }

    /** How many of {@code own} occur more than once in sorted {@code all} (i.e. in another sentence too). */
    private static int recurring(int[] own, int[] all) {
        int count = 0;
        for (int bigram : own) {
            int at = Arrays.binarySearch(all, bigram);
            if ((at > 0 && all[at - 1] == bigram) || (at + 1 < all.length && all[at + 1] == bigram)) {
                count++;
            }
        }
        return count;
    }

    /** Distinct pairs of adjacent letters (Han or Latin), sorted; punctuation and digits carry no topic. */
    private static int[] bigrams(String text, SentenceSplitter.Span span) {
        int[] pairs = new int[Math.max(0, span.end() - span.start() - 1)];
        int size = 0;
        for (int i = span.start(); i + 1 < span.end(); i++) {
            if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
                pairs[size++] = (text.charAt(i) << 16) | text.charAt(i + 1);
            }
        }
        Arrays.sort(pairs, 0, size);
        int distinct = 0;
        for (int k = 0; k < size; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                pairs[distinct++] = pairs[k];
            }
        }
        return Arrays.copyOf(pairs, distinct);
    }
}
