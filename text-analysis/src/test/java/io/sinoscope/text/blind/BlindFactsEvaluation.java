package io.sinoscope.text.blind;

import com.hankcs.hanlp.HanLP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.blind.BlindSetV2.Doc;
import io.sinoscope.text.blind.BlindSetV2.FactCase;
import io.sinoscope.text.fact.Fact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures today's analyzer on a blind fact set of issue 23: facts per kind, tariff roles, and region of sentences and
 * documents. Prints figures and every miss as lines starting with the set's prefix; fails only when the set itself is
 * malformed, never on low figures (a set is measured before and after a change, not used as a gate).
 */
final class BlindFactsEvaluation {

    private static final Instant PUBLISHED = Instant.parse("2026-04-05T00:00:00Z");
    private static final List<String> KINDS = List.of("tariff_change", "percent", "money", "quantity");

    /** The analyzer's canonical entity names for the parties the set uses, as the set writes them. */
    private static final Map<String, String> PARTY_CODES = Map.ofEntries(
            Map.entry("United States", "US"), Map.entry("China", "CN"), Map.entry("Taiwan", "TW"),
            Map.entry("Japan", "JP"), Map.entry("South Korea", "KR"), Map.entry("Turkey", "TR"),
            Map.entry("Vietnam", "VN"), Map.entry("Brazil", "BR"), Map.entry("India", "IN"),
            Map.entry("Canada", "CA"), Map.entry("Mexico", "MX"), Map.entry("European Union", "EU"));

    /** Unit spellings accepted for the set's units: today's codes and the obvious ones a change might introduce. */
    private static final Map<String, Set<String>> UNIT_ALIASES = Map.ofEntries(
            Map.entry("人次", Set.of("人次", "person_visit", "person_time", "person-time", "person_times", "visit", "visits", "trip", "trips")),
            Map.entry("TEU", Set.of("TEU", "teu")),
            Map.entry("架", Set.of("架", "aircraft")),
            Map.entry("艘", Set.of("艘", "vessel", "ship")),
            Map.entry("吨", Set.of("吨", "t", "tonne", "ton")),
            Map.entry("噸", Set.of("噸", "吨", "t", "tonne", "ton")),
            Map.entry("辆", Set.of("辆", "vehicle")),
            Map.entry("輛", Set.of("輛", "辆", "vehicle")),
            Map.entry("台", Set.of("台", "machine", "unit")),
            // Set v4's further counts: the extractor's codes for the measure words it knows, or the word itself.
            Map.entry("个", Set.of("个", "個", "count")),
            Map.entry("個", Set.of("個", "个", "count")),
            Map.entry("名", Set.of("名", "person")),
            Map.entry("公噸", Set.of("公噸", "公吨", "t", "tonne", "ton")),
            Map.entry("家", Set.of("家", "establishment", "company", "firm")),
            Map.entry("架次", Set.of("架次", "sortie")),
            Map.entry("班次", Set.of("班次", "service", "trip")),
            Map.entry("瓩", Set.of("瓩", "kW", "kw")));

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();
    private final String version;
    private final String prefix;
    /** The least number of rows of each kind the set's brief asked for: fewer means a malformed set. */
    private final Map<String, Integer> minimums;

    BlindFactsEvaluation(String version, String prefix, Map<String, Integer> minimums) {
        this.version = version;
        this.prefix = prefix;
        this.minimums = minimums;
    }

    void measure() throws Exception {
        List<FactCase> cases = BlindSetV2.facts(version);
        assertWellFormed(cases);

        Map<String, int[]> perKind = new LinkedHashMap<>(); // expected, predicted, correct
        KINDS.forEach(k -> perKind.put(k, new int[3]));
        int roles = 0;
        int tariffs = 0;
        int regionRight = 0;
        List<String> misses = new ArrayList<>();
        for (FactCase c : cases) {
            Analysis analysis = analyzer.analyze(c.sentence(), PUBLISHED);
            String region = analysis.text().region().code();
            if (region.equals(c.region())) {
                regionRight++;
            } else {
                misses.add(prefix + "miss region-sentence " + c.id() + " expected=" + c.region() + " got=" + region);
            }
            List<Fact> ofKind = analysis.facts().stream().filter(f -> f.kind().code().equals(c.kind())).toList();
            int[] counts = perKind.get(c.kind());
            counts[0]++;
            counts[1] += ofKind.size();
            int from = c.spanStart();
            int to = from + c.span().length();
            List<Fact> covering = ofKind.stream().filter(f -> f.start() < to && from < f.end()).toList();
            boolean right = covering.stream().anyMatch(f -> valueRight(c, f));
            if (right) {
                counts[2]++;
            } else {
                misses.add(prefix + "miss " + c.kind() + " " + c.id() + " span=" + c.span() + " expected="
                        + c.expected() + " got=" + describe(ofKind));
            }
            if (c.kind().equals("tariff_change")) {
                tariffs++;
                String imposer = covering.stream().map(f -> party(f, "imposing_country")).filter(p -> !p.isEmpty())
                        .findFirst().orElse("-");
                String target = covering.stream().map(f -> party(f, "affected_country")).filter(p -> !p.isEmpty())
                        .findFirst().orElse("-");
                if (imposer.equals(c.expected().get("imposer")) && target.equals(c.expected().get("target"))) {
                    roles++;
                } else {
                    misses.add(prefix + "miss tariff-roles " + c.id() + " expected=" + c.expected().get("imposer")
                            + "->" + c.expected().get("target") + " got=" + imposer + "->" + target);
                }
            }
        }

        for (Map.Entry<String, int[]> e : perKind.entrySet()) {
            int[] n = e.getValue();
            System.out.printf(prefix + "facts kind=%s expected=%d predicted=%d correct=%d recall=%s precision=%s%n",
                    e.getKey(), n[0], n[1], n[2], ratio(n[2], n[0]), ratio(n[2], n[1]));
        }
        System.out.printf(prefix + "tariff-roles correct=%d expected=%d share=%s%n", roles, tariffs,
                ratio(roles, tariffs));
        System.out.printf(prefix + "region-sentences correct=%d expected=%d share=%s%n", regionRight, cases.size(),
                ratio(regionRight, cases.size()));
        measureDocumentRegions(misses);
        misses.forEach(System.out::println);
    }

    private void measureDocumentRegions(List<String> misses) throws Exception {
        List<Doc> docs = BlindSetV2.docs(version);
        assertTrue(docs.size() >= 15, "the set has at least 15 documents");
        int right = 0;
        for (Doc doc : docs) {
            // Markup stripped crudely: the region is a property of the words, and ingest's extractor is not on this
            // module's classpath.
            String text = doc.format().equals("html") ? doc.body().replaceAll("<[^>]*>", "\n") : doc.body();
            String region = analyzer.normalize(text).region().code();
            if (region.equals(doc.region())) {
                right++;
            } else {
                misses.add(prefix + "miss region-document " + doc.id() + " expected=" + doc.region() + " got=" + region);
            }
        }
        System.out.printf(prefix + "region-documents correct=%d expected=%d share=%s%n", right, docs.size(),
                ratio(right, docs.size()));
    }

    private boolean valueRight(FactCase c, Fact f) {
        Map<String, String> e = c.expected();
        return switch (c.kind()) {
            case "tariff_change" -> same(e.get("to"), f.value() != null ? f.value() : number(f.attributes().get("to")))
                    && (!e.containsKey("from") || same(e.get("from"), number(f.attributes().get("from"))));
            case "percent" -> unitOfPercent(f.unit()).equals(e.get("unit")) && (rangeRight(e.get("value"), f)
                    || e.get("value").startsWith("-") && falling(f) && rangeRight(e.get("value").substring(1), f));
            case "money" -> rangeRight(e.get("amount"), f) && e.get("currency").equals(f.currency());
            case "quantity" -> same(e.get("value"), f.value())
                    && (UNIT_ALIASES.getOrDefault(e.get("unit"), Set.of(e.get("unit"))).contains(f.unit())
                    || asWritten(e.get("unit"), f.attributes().get("unit_text")));
            default -> throw new IllegalStateException("unknown kind " + c.kind());
        };
    }

    /** A general count (unit {@code count}) names its measure word as written: 168伙 is 168 伙 whatever its code. */
    private static boolean asWritten(String expectedUnit, Object unitText) {
        return unitText != null && HanLP.convertToSimplifiedChinese(unitText.toString())
                .equals(HanLP.convertToSimplifiedChinese(expectedUnit));
    }

    private static boolean rangeRight(String expected, Fact f) {
        if (!expected.contains("..")) {
            return same(expected, f.value());
        }
        String[] bounds = expected.split("\\.\\.");
        return same(bounds[0], f.value()) && same(bounds[1], number(f.attributes().get("upper")));
    }

    /** A change stated as a size with its direction beside it (跌幅4.2%: 4.2 with "decline") is the negative value. */
    private static boolean falling(Fact f) {
        return Set.of("decline", "down", "decrease", "fall").contains(String.valueOf(f.attributes().get("qualifies")))
                || Set.of("down", "decrease", "fall").contains(String.valueOf(f.attributes().get("direction")));
    }

    private static String unitOfPercent(String unit) {
        if ("%".equals(unit)) {
            return "percent";
        }
        return "percentage_point".equals(unit) ? "pp" : String.valueOf(unit);
    }

    private static String party(Fact f, String attribute) {
        Object name = f.attributes().get(attribute);
        return name == null ? "" : PARTY_CODES.getOrDefault(name.toString(), name.toString());
    }

    private static boolean same(String expected, Double actual) {
        if (actual == null) {
            return false;
        }
        double want = Double.parseDouble(expected);
        return Math.abs(want - actual) <= 1e-9 * Math.max(1, Math.abs(want));
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static String describe(List<Fact> facts) {
        return facts.stream()
                .map(f -> "[" + f.text() + " value=" + f.value() + " unit=" + f.unit() + " currency=" + f.currency()
                        + " attrs=" + new java.util.TreeMap<>(f.attributes()) + "]")
                .collect(Collectors.joining(" ", "{", "}"));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", (double) part / whole);
    }

    /** The brief's minimum counts, unique ids and known kinds: a malformed set fails, a low score never does. */
    private void assertWellFormed(List<FactCase> cases) {
        Set<String> ids = new HashSet<>();
        cases.forEach(c -> assertTrue(ids.add(c.id()), "duplicate id " + c.id()));
        cases.forEach(c -> assertTrue(KINDS.contains(c.kind()), "unknown kind in " + c.id()));
        Map<String, Long> counts = cases.stream().collect(Collectors.groupingBy(FactCase::kind, Collectors.counting()));
        minimums.forEach((kind, least) -> assertTrue(counts.getOrDefault(kind, 0L) >= least,
                "at least " + least + " rows of " + kind));
        cases.stream().filter(c -> c.kind().equals("tariff_change")).forEach(c -> assertEquals(2,
                c.expected().keySet().stream().filter(k -> k.equals("imposer") || k.equals("target")).count(),
                "imposer and target annotated in " + c.id()));
    }
}
