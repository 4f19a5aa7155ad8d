package io.sinoscope.text.fact;

import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.number.ParsedNumber;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.resource.StartScan;
import io.sinoscope.text.resource.StartScans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages (18%, 百分之五十, 百分之零点五, 10%至15%) and percentage points (0.5个百分点), and the forms
 * {@link SpokenPercents} reads (两成, 减息半厘, 降息半码, 25个基点), with what the percentage qualifies when its clause
 * names it: the nearest term of resource {@value #RESOURCE}. Values stay in percent (18% → 18.0); cues after the
 * number (10%左右) are recorded as for every number. A change stated with a fall word (同比下降5.3%) keeps its stated
 * size and gets {@code direction: down} ({@link PercentDirections}).
 */
public final class PercentExtractor {

    static final String RESOURCE = "percent-targets-v1.tsv";
    private static final String N = ChineseNumberParser.EXPRESSION;
    private static final StartScan PATTERN = new StartScan(Pattern.compile(
            "百分之(?:(?<han>" + N + ")(?:点(?<decimals>[零〇一二三四五六七八九]+))?|(?<hundred>百))"
                    + "(?:(?:至|到)百分之(?<han2>" + N + "))?"
                    + "|(?:(?<part>" + SpokenPercents.PART + ")(?=厘)|(?<num>" + N + ")|(?<half>半))(?:\\s?(?<pct>[%％])(?:(?:至|到|~|～|-)(?<num2>" + N + ")[%％])?"
                    + "|\\s?(?<pp>个?百分点)|" + SpokenPercents.TAIL + ")"));
    private static final String CLAUSE_BREAKS = "，,。；;！？!?\n";
    private static final Pattern RANGE_WORD = Pattern.compile("\\s?(?:至|到|~|～|-|—|－)\\s?");
    private static final Pattern FROM = Pattern.compile("[由从]");

    private final Map<String, String> targets;
    private final SpokenPercents spoken = SpokenPercents.fromResources();
    private final PercentDirections directions = PercentDirections.fromResources();

    private PercentExtractor(Map<String, String> targets) {
        for (String term : targets.keySet()) {
            // A term never reaches past its clause, which is what lets qualified() search occurrences, not the clause.
            if (term.isEmpty() || term.chars().anyMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0)) {
                throw new IllegalArgumentException(RESOURCE + ": a target term is empty or holds a clause break: " + term);
            }
        }
        // In the resource's order, which breaks ties (two terms of one length at one distance): Map.copyOf
        // iterated in an order that changed from one JVM to the next, and so did the answer.
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    public static PercentExtractor fromResources() {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            targets.put(row[0], row[1]);
        }
        return new PercentExtractor(targets);
    }

    public List<Fact> extract(String text) {
        return extract(StartScans.everywhere(text));
    }

    /** Percentages in {@code starts.text()}, visiting only {@code starts}, found for this pattern and maybe others. */
    List<Fact> extract(StartScans.Starts starts) {
        String text = starts.text();
        List<Fact> facts = new ArrayList<>();
        StartScan.Scan scan = PATTERN.scan(starts);
        Matcher m = scan.matcher();
        while (scan.find()) {
            if (SpokenPercents.matched(m)) {
                Fact fact = spoken.read(text, m);
                if (fact != null) {
                    facts.add(fact);
                }
                continue;
            }
            boolean han = m.group("han") != null || m.group("hundred") != null;
            if (!han && (m.group("half") != null || NumberAttributes.isNotAnAmount(text, m.start("num")))) {
                continue;
            }
            ParsedNumber number = m.group("hundred") != null ? new ParsedNumber("百", 0, 1, 100, null, null)
                    : NumberAttributes.parse(han ? m.group("han") : m.group("num")).orElse(null);
            if (number == null) {
                continue;
            }
            Map<String, Object> attributes = NumberAttributes.of(number, 1);
            String upperExpression = m.group("num2") != null ? m.group("num2") : m.group("han2");
            if (upperExpression != null) {
                NumberAttributes.parse(upperExpression).ifPresent(upper -> attributes.put("upper", upper.value()));
            }
            String unit = m.group("pp") != null ? "percentage_point" : "%";
            // No form for the plain percent sign, by far the most frequent: a text of thousands of percentages must
            // still make an enriched event the producer takes (EnrichedEventSizeTest).
            if (han || m.group("pp") != null) {
                attributes.put("form", han ? "han" : "points");
            }
            facts.add(new Fact(FactKind.PERCENT, m.group(), number.value() + decimals(m.group("decimals")), unit,
                    null, null, m.start(), m.end(), 0, 0.95, attributes));
        }
        facts = joinRanges(text, facts);
        List<Fact> qualified = new ArrayList<>(facts.size());
        Breaks clauses = null;
        TermOccurrences occurrences = null;
        for (Fact fact : facts) {
            Map<String, Object> attributes = new LinkedHashMap<>(fact.attributes());
            NumberAttributes.addTrailingCue(attributes, text, fact.end());
            String direction = directions.of(text, fact.start());
            if (direction != null) {
                attributes.put("direction", direction);
            }
            if (clauses == null) {
                // Found on the first percentage, once per text.
                clauses = Breaks.of(text, CLAUSE_BREAKS);
                occurrences = new TermOccurrences(text, targets.keySet());
            }
            qualified(clauses, occurrences, fact.start(), fact.end()).filter(term -> !attributes.containsKey("qualifies"))
                    .ifPresent(term -> {
                attributes.put("qualifies", targets.get(term));
                attributes.put("qualifier_term", term);
            });
            qualified.add(fact.relocated(fact.text(), fact.start(), fact.end(), fact.sentence(), attributes));
        }
        return qualified;
    }

    /**
     * 两成至两成五, 3.75厘至4厘: two spoken percents of one form and unit joined by a range word are one range (the
     * percent sign's 10%至15% is read so by the pattern itself). Not when the second is not larger, nor after 由/从:
     * 由5厘至4厘 is a change from one level to another.
     */
    private static List<Fact> joinRanges(String text, List<Fact> facts) {
        List<Fact> joined = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Fact low = facts.get(i);
            Fact high = i + 1 < facts.size() ? facts.get(i + 1) : null;
            Object form = low.attributes().get("form");
            if (high == null || form == null || !form.equals(high.attributes().get("form"))
                    || !low.unit().equals(high.unit()) || low.attributes().containsKey("upper")
                    || !RANGE_WORD.matcher(text.substring(low.end(), high.start())).matches()
                    || high.value() <= low.value() || FROM.matcher(text.substring(Math.max(0, low.start() - 3),
                    low.start())).find()) {
                joined.add(low);
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>(low.attributes());
            Object upper = high.attributes().get("upper");
            attributes.put("upper", upper != null ? upper : high.value());
            joined.add(new Fact(low.kind(), text.substring(low.start(), high.end()), low.value(), low.unit(), null, null,
                    low.start(), high.end(), 0, low.confidence(), attributes));
            i++;
        }
        return joined;
    }

    /** 百分之零点五: the Han digits after 点, read one by one as decimal places. */
    private static double decimals(String digits) {
        if (digits == null) {
            return 0;
        }
        double value = 0;
        double place = 0.1;
        for (int i = 0; i < digits.length(); i++, place /= 10) {
            value += NumberAttributes.parse(digits.substring(i, i + 1)).map(ParsedNumber::value).orElse(0.0) * place;
        }
        return value;
    }

    /** The pattern {@link #extract(StartScans.Starts)} needs positions for. */
    List<StartScan> patterns() {
        return List.of(PATTERN);
    }

    /**
     * The target term nearest to {@code [start, end)} inside the same clause; on equal distance the longer term, then
     * the one listed first. Bounded work per match: the clause's ends come from {@code clauses} and each term's
     * nearest occurrences from {@code occurrences} by binary search. Walking the clause and searching the text for
     * every term from the clause's start made a text of one long clause with thousands of percentages quadratic
     * (issue 21: 增速5%， × 16,000 took 7 s).
     */
    Optional<String> qualified(Breaks clauses, TermOccurrences occurrences, int start, int end) {
        int clauseStart = clauses.startBefore(start);
        int clauseEnd = clauses.endFrom(end);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String term : targets.keySet()) {
            int distance = occurrences.nearest(term, clauseStart, clauseEnd, start, end);
            if (distance < bestDistance || (distance != Integer.MAX_VALUE && distance == bestDistance
                    && term.length() > best.length())) {
                best = term;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
