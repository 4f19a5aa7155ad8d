package io.sinoscope.text.fact;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trade measures (tariff changes, export controls, sanctions) on the development set {@code trade-measures-dev-v1.tsv},
 * through the whole pipeline (normalise, detect the region, extract). For each measure sentence the first fact of
 * the expected kind is compared attribute by attribute (imposer, target, entities, goods, status, effective date);
 * a sentence counts as correct when every attribute is. Decoys (hypotheticals, questions, denials, analysis,
 * history) must yield no export control or sanction, and a tariff change there only marked with its {@code setting}. Prints {@code TRADE-MEASURES-DEV} lines with the figures and every miss.
 */
class TradeMeasureExtractorTest {

    private static final String SET = "/io/sinoscope/text/fact/trade-measures-dev-v1.tsv";
    /** 10:00 in Asia/Shanghai on 2026-05-01: the article's date and year. */
    private static final Instant PUBLISHED = Instant.parse("2026-05-01T02:00:00Z");
    private static final Set<String> MEASURES = Set.of("tariff_change", "export_control", "sanction");
    private static final List<String> ATTRIBUTES = List.of("imposing_country", "affected_country",
            "affected_entities", "goods", "status", "effective_date");
    /** Measure sentences with every attribute right; raise it, never lower it. */
    private static final int REQUIRED_CORRECT = 26;
    /** Attribute values right, over all measure sentences; raise it, never lower it. */
    private static final int REQUIRED_ATTRIBUTES = 161;

    private record Case(String id, String region, String kind, Map<String, String> expected, String sentence) {
    }

    @Test
    void measuresOnTheDevelopmentSet() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 sentences");
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        int measures = 0;
        int found = 0;
        int correct = 0;
        int attributesRight = 0;
        int decoys = 0;
        int decoysHeld = 0;
        int decoysWithoutFact = 0;
        Map<String, Integer> perAttribute = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Analysis analysis = analyzer.analyze(c.sentence(), PUBLISHED);
            List<Fact> all = analysis.facts().stream().filter(f -> MEASURES.contains(f.kind().code())).toList();
            if (c.kind().equals("none")) {
                // A tariff change in a hypothetical or a question is still a stated number (the fact sets keep it),
                // marked with its setting and no status; any other measure there is a miss.
                decoys++;
                List<Fact> stated = all.stream().filter(f -> !f.attributes().containsKey("setting")).toList();
                if (stated.isEmpty()) {
                    decoysHeld++;
                } else {
                    misses.add(c.id() + " decoy yielded " + stated.get(0).kind().code() + " " + stated.get(0).attributes());
                }
                if (all.stream().anyMatch(f -> f.kind() != FactKind.TARIFF_CHANGE)) {
                    misses.add(c.id() + " decoy yielded an export control or sanction");
                    decoysHeld -= stated.isEmpty() ? 1 : 0;
                }
                decoysWithoutFact += all.isEmpty() ? 1 : 0;
                continue;
            }
            measures++;
            Fact fact = all.stream().filter(f -> f.kind().code().equals(c.kind())).findFirst().orElse(null);
            if (fact == null) {
                misses.add(c.id() + " no " + c.kind() + " found" + (all.isEmpty() ? "" : "; got " + all.get(0).kind().code()));
                continue;
            }
            found++;
            boolean allRight = true;
            for (String attribute : ATTRIBUTES) {
                String got = text(fact.attributes().get(attribute));
                if (got.equals(c.expected().get(attribute))) {
                    attributesRight++;
                    perAttribute.merge(attribute, 1, Integer::sum);
                } else {
                    allRight = false;
                    misses.add(c.id() + " " + attribute + " expected=" + c.expected().get(attribute) + " got=" + got);
                }
            }
            correct += allRight ? 1 : 0;
        }
        System.out.printf("TRADE-MEASURES-DEV found=%d of %d, all attributes right=%d of %d, attributes=%d of %d, "
                        + "decoys held=%d of %d (no fact at all: %d)%n", found, measures, correct, measures,
                attributesRight, measures * ATTRIBUTES.size(), decoysHeld, decoys, decoysWithoutFact);
        for (Map.Entry<String, Integer> a : perAttribute.entrySet()) {
            System.out.printf("TRADE-MEASURES-DEV %s=%d of %d%n", a.getKey(), a.getValue(), measures);
        }
        misses.forEach(m -> System.out.println("TRADE-MEASURES-DEV miss " + m));
        assertEquals(decoys, decoysHeld, "a decoy yielded a measure: " + misses);
        assertTrue(correct >= REQUIRED_CORRECT, "measures regressed: " + correct + " < " + REQUIRED_CORRECT + "; " + misses);
        assertTrue(attributesRight >= REQUIRED_ATTRIBUTES,
                "attributes regressed: " + attributesRight + " < " + REQUIRED_ATTRIBUTES + "; " + misses);
    }

    /** An attribute as the set writes it: "-" when absent, a list joined with |. */
    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "-" : String.join("|", list.stream().map(Object::toString).toList());
        }
        return value.toString();
    }

    private static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (var in = TradeMeasureExtractorTest.class.getResourceAsStream(SET)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(10, f.length, line);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < ATTRIBUTES.size(); i++) {
                    expected.put(ATTRIBUTES.get(i), f[3 + i]);
                }
                cases.add(new Case(f[0], f[1], f[2], expected, f[9]));
            }
        }
        return cases;
    }
}
