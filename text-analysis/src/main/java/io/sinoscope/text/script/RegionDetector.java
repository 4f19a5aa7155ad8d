package io.sinoscope.text.script;

import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses which region's conventions a text follows, from its script and from every regional cue it carries. The
 * cues are data, each with a region, a weight and a scope (any script, or Traditional text only):
 * <ul>
 *   <li>{@value #CUES}: hand-listed vocabulary, transliterations, institutions;</li>
 *   <li>{@value #CONVENTIONS}: outlets, currencies, Hong Kong Cantonese, places and agencies, weaker vocabulary, the
 *       glyph and punctuation choices between Taiwan and Hong Kong, Singapore and Malaysia press conventions;</li>
 *   <li>{@value #PATTERNS}: bylines, datelines, the Republic of China calendar, rate units (碼, 厘), 蚊;</li>
 *   <li>{@value #OPENCC_CUES} and {@value #CEDICT_CUES}: Taiwan and Hong Kong forms derived from OpenCC's regional
 *       tables and Taiwan name forms from CC-CEDICT, Traditional text only;</li>
 *   <li>{@value #SENSE_CUES}: words CC-CEDICT marks as Taiwan, Hong Kong (Cantonese) or Singapore/Malaysia usage;
 *       {@value #CLDR_CUES}: currency and country spellings CLDR gives only Taiwan's or only Hong Kong's locale;
 *       {@value #GLYPH_CUES}: each region's glyph where OpenCC's variant tables give the two different ones. All
 *       generated (see the generators named in their headers).</li>
 * </ul>
 * A word listed for the same region in several files counts once (the first file wins).
 *
 * <p>Script decides which regions are possible: Traditional text is not mainland text, so only Taiwan, Hong Kong and
 * the Singapore/Malaysia press ({@link Region#OTHER} with cues) compete there. Simplified characters are strong
 * evidence for the mainland and give it a prior worth a few cues. A region is named only when its evidence reaches
 * {@link #MIN_EVIDENCE} and beats every other: a lone weak convention (a quotation mark) does not decide, two of them
 * do. In Traditional text, evidence all on one side of Taiwan and Hong Kong names that region from
 * {@link #ONE_SIDED_EVIDENCE} (one glyph convention). The confidence is the winner's share of all evidence, scaled down
 * while the winner's own evidence is thin; with too little evidence, or a tie, the region is {@link Region#OTHER} at
 * confidence 0.
 */
public final class RegionDetector {

    static final String CUES = "region-cues-v1.tsv";
    static final String CONVENTIONS = "region-conventions-v1.tsv";
    static final String PATTERNS = "region-patterns-v1.tsv";
    static final String OPENCC_CUES = "region-cues-opencc-v1.tsv";
    static final String CEDICT_CUES = "region-cues-cedict-v1.tsv";
    static final String SENSE_CUES = "region-cues-senses-v1.tsv";
    static final String CLDR_CUES = "region-cues-cldr-v1.tsv";
    static final String GLYPH_CUES = "region-glyphs-opencc-v1.tsv";
    private static final double SIMPLIFIED_PRIOR = 3.0;
    private static final double SATURATION = 4.0;
    /** Evidence a region needs before it is named: one weak convention (0.3) is not enough, one 0.5 cue is. */
    static final double MIN_EVIDENCE = 0.5;
    /**
     * Evidence that names Taiwan or Hong Kong in Traditional text when it is all on one side: one glyph convention of
     * the region's standard (裡 or 着, 0.4) with nothing for the other region. Traditional text is not mainland text and
     * the two glyph standards differ, so one-sided evidence below {@link #MIN_EVIDENCE} still tells them apart, at a
     * low confidence (about 0.1). Weaker cues never decide alone: a vocabulary tip (成長, 品質: 0.3), a quotation mark
     * (0.1, 0.2).
     */
    static final double ONE_SIDED_EVIDENCE = 0.4;
    private static final int MAX_COUNTED_OCCURRENCES = 3;

    /** Where a cue counts. */
    enum Scope {
        ANY, TRADITIONAL;

        boolean admits(boolean traditional) {
            return this == ANY || traditional;
        }
    }

    private record Cue(Region region, String word, double weight, Scope scope) {
    }

    /** A pattern cue, searched only in a text holding one of its anchor characters. */
    private record PatternCue(Region region, String name, String anchors, Pattern pattern, double weight, Scope scope) {

        boolean mayMatch(String text) {
            for (int i = 0; i < anchors.length(); i++) {
                if (text.indexOf(anchors.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Cue> cues;
    private final List<PatternCue> patterns;
    /** Indexes into {@link #cues} by a cue's first character: the text is scanned once, not once per cue. */
    private final int[][] cuesByFirstChar;

    private RegionDetector(List<Cue> cues, List<PatternCue> patterns) {
        this.cues = List.copyOf(cues);
        this.patterns = List.copyOf(patterns);
        Map<Character, List<Integer>> byFirst = new HashMap<>();
        for (int i = 0; i < this.cues.size(); i++) {
            String word = this.cues.get(i).word();
            if (!word.isEmpty()) {
                byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(i);
            }
        }
        int[][] index = new int[Character.MAX_VALUE + 1][];
        byFirst.forEach((c, list) -> index[c] = list.stream().mapToInt(Integer::intValue).toArray());
        this.cuesByFirstChar = index;
    }

    public static RegionDetector fromResources() {
        List<Cue> cues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] row : AnalyzerData.readTsv(CUES, 3)) {
            add(cues, seen, new Cue(Region.fromCode(row[0]), row[1], Double.parseDouble(row[2]), Scope.ANY));
        }
        for (String[] row : AnalyzerData.readTsv(CONVENTIONS, 4)) {
            add(cues, seen, new Cue(Region.fromCode(row[0]), row[1], Double.parseDouble(row[2]),
                    Scope.valueOf(row[3])));
        }
        for (String file : List.of(OPENCC_CUES, CEDICT_CUES)) {
            for (String[] row : AnalyzerData.readTsv(file, 3)) {
                add(cues, seen, new Cue(Region.fromCode(row[0]), row[1], Double.parseDouble(row[2]),
                        Scope.TRADITIONAL));
            }
        }
        for (String file : List.of(SENSE_CUES, CLDR_CUES, GLYPH_CUES)) {
            for (String[] row : AnalyzerData.readTsv(file, 4)) {
                add(cues, seen, new Cue(Region.fromCode(row[0]), row[1], Double.parseDouble(row[2]),
                        Scope.valueOf(row[3])));
            }
        }
        List<PatternCue> patterns = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(PATTERNS, 6)) {
            patterns.add(new PatternCue(Region.fromCode(row[0]), row[3], row[4], Pattern.compile(row[5]),
                    Double.parseDouble(row[1]), Scope.valueOf(row[2])));
        }
        return new RegionDetector(cues, patterns);
    }

    private static void add(List<Cue> cues, Set<String> seen, Cue cue) {
        if (seen.add(cue.region().code() + "\t" + cue.word())) {
            cues.add(cue);
        }
    }

    public RegionGuess detect(String text, ScriptEvidence evidence) {
        return decide(scores(text, evidence, null), leansTraditional(evidence));
    }

    /** The cues behind {@link #detect}'s guess, as {@code region:cue×count} (patterns by their class), for reports. */
    public List<String> evidence(String text, ScriptEvidence evidence) {
        List<String> found = new ArrayList<>();
        scores(text, evidence, found);
        return found;
    }

    private Map<Region, Double> scores(String text, ScriptEvidence evidence, List<String> found) {
        Script script = evidence.script();
        Set<Region> candidates = candidates(script);
        Map<Region, Double> scores = new EnumMap<>(Region.class);
        for (Region region : candidates) {
            scores.put(region, 0.0);
        }
        if (candidates.isEmpty()) {
            return scores;
        }
        if (script == Script.SIMPLIFIED && evidence.simplifiedOnly() > 0) {
            scores.put(Region.MAINLAND, SIMPLIFIED_PRIOR);
        }
        boolean traditional = leansTraditional(evidence);
        Hits hits = occurrences(text);
        for (int h = 0; h < hits.size; h++) {
            Cue cue = cues.get(hits.cue[h]);
            if (candidates.contains(cue.region()) && cue.scope().admits(traditional)) {
                scores.merge(cue.region(), cue.weight() * hits.count[h], Double::sum);
                if (found != null) {
                    found.add(cue.region().code() + ":" + cue.word() + "×" + hits.count[h]);
                }
            }
        }
        for (PatternCue cue : patterns) {
            if (candidates.contains(cue.region()) && cue.scope().admits(traditional) && cue.mayMatch(text)) {
                int matched = matches(cue.pattern(), text);
                if (matched > 0) {
                    scores.merge(cue.region(), cue.weight() * matched, Double::sum);
                    if (found != null) {
                        found.add(cue.region().code() + ":" + cue.name() + "×" + matched);
                    }
                }
            }
        }
        return scores;
    }

    /**
     * Whether Traditional-only cues apply: Traditional text, or mixed text with at least as many Traditional as
     * Simplified distinguishing characters. Taiwan and Hong Kong write 台, 里, 厘 (Simplified forms of 臺, 裡, 釐) as
     * ordinary Traditional text, so a short Traditional sentence with one of them reads as mixed to the script
     * detector.
     */
    private static boolean leansTraditional(ScriptEvidence evidence) {
        return evidence.script() == Script.TRADITIONAL
                || evidence.script() == Script.MIXED && evidence.traditionalOnly() >= evidence.simplifiedOnly();
    }

    /**
     * The cues found in the text with their counts of non-overlapping occurrences, at most
     * {@value #MAX_COUNTED_OCCURRENCES} each (what {@code indexOf} from each match's end would count, cue by cue), in
     * one pass over the text. Kept sparse: a text holds a handful of the cues, not all of them.
     */
    private Hits occurrences(String text) {
        Hits hits = new Hits();
        for (int at = 0; at < text.length(); at++) {
            int[] starting = cuesByFirstChar[text.charAt(at)];
            if (starting == null) {
                continue;
            }
            for (int i : starting) {
                String word = cues.get(i).word();
                if (text.startsWith(word, at)) {
                    hits.count(i, at, at + word.length());
                }
            }
        }
        return hits;
    }

    /** Cue indexes with their counts and the first offset each may match again. */
    private static final class Hits {
        int size;
        int[] cue = new int[8];
        int[] count = new int[8];
        int[] nextFree = new int[8];

        void count(int cueIndex, int at, int end) {
            for (int h = 0; h < size; h++) {
                if (cue[h] == cueIndex) {
                    if (at >= nextFree[h] && count[h] < MAX_COUNTED_OCCURRENCES) {
                        count[h]++;
                        nextFree[h] = end;
                    }
                    return;
                }
            }
            if (size == cue.length) {
                cue = Arrays.copyOf(cue, size * 2);
                count = Arrays.copyOf(count, size * 2);
                nextFree = Arrays.copyOf(nextFree, size * 2);
            }
            cue[size] = cueIndex;
            count[size] = 1;
            nextFree[size] = end;
            size++;
        }
    }

    private static int matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (found < MAX_COUNTED_OCCURRENCES && matcher.find()) {
            found++;
        }
        return found;
    }

    private static Set<Region> candidates(Script script) {
        return switch (script) {
            case NONE -> EnumSet.noneOf(Region.class);
            case TRADITIONAL -> EnumSet.of(Region.TAIWAN, Region.HONG_KONG, Region.OTHER);
            case SIMPLIFIED, MIXED -> EnumSet.of(Region.MAINLAND, Region.TAIWAN, Region.HONG_KONG, Region.OTHER);
        };
    }

    private static RegionGuess decide(Map<Region, Double> scores, boolean traditional) {
        Region best = null;
        double bestScore = 0;
        boolean tie = false;
        double total = 0;
        for (Map.Entry<Region, Double> entry : scores.entrySet()) {
            double score = entry.getValue();
            total += score;
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        boolean oneSided = traditional && (best == Region.TAIWAN || best == Region.HONG_KONG)
                && bestScore >= ONE_SIDED_EVIDENCE && bestScore == total;
        if (best == null || tie || bestScore < MIN_EVIDENCE && !oneSided) {
            return new RegionGuess(Region.OTHER, 0.0);
        }
        double confidence = (bestScore / total) * Math.min(1.0, bestScore / SATURATION);
        return new RegionGuess(best, confidence);
    }
}
