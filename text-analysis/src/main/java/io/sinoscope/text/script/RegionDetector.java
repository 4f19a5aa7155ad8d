package io.sinoscope.text.script;

import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which region's conventions a text follows, from its script and from regional cue words
 * (resource {@value #CUES}: region code, cue, weight; and {@value #OPENCC_CUES}, Taiwan and Hong Kong forms derived
 * from OpenCC's regional tables, which count in Traditional text only, where they tell Taiwan from Hong Kong).
 *
 * <p>Script decides which regions are possible: Traditional text is not mainland text, so only
 * Taiwan and Hong Kong compete there, on cues alone. Simplified characters are strong evidence for
 * the mainland and give it a prior worth a few cues. The confidence is the winner's share of all
 * evidence, scaled down while the winner's own evidence is thin; with no evidence, or a tie, the
 * region is {@link Region#OTHER} at confidence 0.
 */
public final class RegionDetector {

    static final String CUES = "region-cues-v1.tsv";
    static final String OPENCC_CUES = "region-cues-opencc-v1.tsv";
    private static final double SIMPLIFIED_PRIOR = 3.0;
    private static final double SATURATION = 4.0;
    private static final int MAX_COUNTED_OCCURRENCES = 3;

    private record Cue(Region region, String word, double weight, boolean traditionalOnly) {
    }

    private final List<Cue> cues;
    /** Indexes into {@link #cues} by a cue's first character: the text is scanned once, not once per cue. */
    private final Map<Character, int[]> cuesByFirstChar;

    private RegionDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<Character, List<Integer>> byFirst = new HashMap<>();
        for (int i = 0; i < this.cues.size(); i++) {
            String word = this.cues.get(i).word();
            if (!word.isEmpty()) {
                byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(i);
            }
        }
        Map<Character, int[]> index = new HashMap<>();
        byFirst.forEach((c, list) -> index.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        this.cuesByFirstChar = index;
    }

    public static RegionDetector fromResources() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(CUES, 3)) {
            cues.add(new Cue(Region.fromCode(row[0]), row[1], Double.parseDouble(row[2]), false));
        }
        for (String[] row : AnalyzerData.readTsv(OPENCC_CUES, 3)) {
            cues.add(new Cue(Region.fromCode(row[0]), row[1], Double.parseDouble(row[2]), true));
        }
        return new RegionDetector(cues);
    }

    public RegionGuess detect(String text, ScriptEvidence evidence) {
        Set<Region> candidates = candidates(evidence.script());
        if (candidates.isEmpty()) {
            return new RegionGuess(Region.OTHER, 0.0);
        }
        Map<Region, Double> scores = new EnumMap<>(Region.class);
        for (Region region : candidates) {
            scores.put(region, 0.0);
        }
        if (evidence.script() == Script.SIMPLIFIED && evidence.simplifiedOnly() > 0) {
            scores.put(Region.MAINLAND, SIMPLIFIED_PRIOR);
        }
        int[] counts = occurrences(text);
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (counts[i] > 0 && candidates.contains(cue.region())
                    && (!cue.traditionalOnly() || evidence.script() == Script.TRADITIONAL)) {
                scores.merge(cue.region(), cue.weight() * counts[i], Double::sum);
            }
        }
        return decide(scores);
    }

    /**
     * Non-overlapping occurrences of each cue in the text, at most {@value #MAX_COUNTED_OCCURRENCES} each, in one pass
     * over the text (what {@code indexOf} from each match's end would count, cue by cue).
     */
    private int[] occurrences(String text) {
        int[] counts = new int[cues.size()];
        int[] nextFree = new int[cues.size()];
        for (int at = 0; at < text.length(); at++) {
            int[] starting = cuesByFirstChar.get(text.charAt(at));
            if (starting == null) {
                continue;
            }
            for (int i : starting) {
                String word = cues.get(i).word();
                if (at >= nextFree[i] && counts[i] < MAX_COUNTED_OCCURRENCES && text.startsWith(word, at)) {
                    counts[i]++;
                    nextFree[i] = at + word.length();
                }
            }
        }
        return counts;
    }

    private static Set<Region> candidates(Script script) {
        return switch (script) {
            case NONE -> EnumSet.noneOf(Region.class);
            case TRADITIONAL -> EnumSet.of(Region.TAIWAN, Region.HONG_KONG);
            case SIMPLIFIED, MIXED -> EnumSet.of(Region.MAINLAND, Region.TAIWAN, Region.HONG_KONG);
        };
    }

    private static RegionGuess decide(Map<Region, Double> scores) {
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
        if (best == null || tie) {
            return new RegionGuess(Region.OTHER, 0.0);
        }
        double confidence = (bestScore / total) * Math.min(1.0, bestScore / SATURATION);
        return new RegionGuess(best, confidence);
    }
}
