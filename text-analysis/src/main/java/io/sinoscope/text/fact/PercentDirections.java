package io.sinoscope.text.fact;

import io.sinoscope.text.resource.AnalyzerData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a percentage states a fall: a fall word of resource {@value #RESOURCE} before the number (同比下降5.3%, 年减
 * 3.2%, 跌幅达3.4%, 减息半厘, 下调最优惠利率八分一厘), with at most a few characters between and none that make it a
 * level (降至3%), a share (下降最快的地区占12%) or another change. The value keeps the size the text states; the
 * fall is the attribute {@code direction: down}, the same for percents and percentage points. Reads a fixed number of
 * characters before the number, so the work per percentage is bounded.
 */
final class PercentDirections {

    static final String RESOURCE = "percent-directions-v1.tsv";
    static final String DOWN = "down";
    private static final String CLAUSE_BREAKS = "，,。；;！？!?、：:\n";

    private final Set<String> fallWords;
    private final Set<Character> blockers;
    private final int maxGap;
    private final int longestWord;

    private PercentDirections(Map<String, List<String>> fields) {
        this.fallWords = Set.copyOf(fields.get("down"));
        this.blockers = Set.copyOf(fields.get("gap_blockers").stream().map(s -> s.charAt(0)).toList());
        this.maxGap = Integer.parseInt(fields.get("max_gap").get(0));
        this.longestWord = fallWords.stream().mapToInt(String::length).max().orElse(0);
    }

    static PercentDirections fromResources() {
        Map<String, List<String>> fields = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            fields.put(row[0], List.of(row[1].split(",")));
        }
        return new PercentDirections(fields);
    }

    /** {@value #DOWN} when the percentage starting at {@code start} is stated as a fall, else null. */
    String of(String text, int start) {
        for (int gap = 0; gap <= maxGap && start - gap > 0; gap++) {
            int end = start - gap;
            if (gap > 0) {
                char c = text.charAt(end);
                if (blockers.contains(c) || CLAUSE_BREAKS.indexOf(c) >= 0 || Character.isDigit(c)) {
                    return null;
                }
            }
            for (int length = Math.min(longestWord, end); length > 0; length--) {
                if (fallWords.contains(text.substring(end - length, end))) {
                    return DOWN;
                }
            }
        }
        return null;
    }
}
