package io.sinoscope.text.fact;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tariff roles (imposing and affected country) on the development set {@code tariff-roles-dev-v1.tsv}, through the
 * whole pipeline (normalise, detect the region, extract). Gates two things: how many sentences get both roles right
 * (a regression fails), and that no negative case (a sentence that does not say who imposes on whom) gets a party
 * guessed. Prints {@code TARIFF-ROLES-DEV} lines with every miss.
 */
class TariffRolesDevTest {

    private static final String SET = "/io/sinoscope/text/fact/tariff-roles-dev-v1.tsv";
    private static final Instant PUBLISHED = Instant.parse("2026-05-01T00:00:00Z");
    /** Sentences with both roles right as of the change that introduced this set; raise it, never lower it. */
    private static final int REQUIRED_CORRECT = 109;

    private record Case(String id, String region, String imposer, String target, String sentence) {
    }

    @Test
    void rolesOnTheDevelopmentSet() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 sentences");
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        int correct = 0;
        List<String> misses = new ArrayList<>();
        List<String> guesses = new ArrayList<>();
        for (Case c : cases) {
            Analysis analysis = analyzer.analyze(c.sentence(), PUBLISHED);
            List<Fact> tariffs = analysis.facts().stream().filter(f -> f.kind() == FactKind.TARIFF_CHANGE).toList();
            String imposer = party(tariffs, "imposing_country");
            String target = party(tariffs, "affected_country");
            if (tariffs.isEmpty()) {
                misses.add(c.id() + " no tariff change found");
            } else if (imposer.equals(c.imposer()) && target.equals(c.target())) {
                correct++;
            } else {
                misses.add(c.id() + " region=" + analysis.text().region().code() + " expected=" + c.imposer() + "->"
                        + c.target() + " got=" + imposer + "->" + target);
            }
            if ((c.imposer().equals("-") && !imposer.equals("-")) || (c.target().equals("-") && !target.equals("-"))) {
                guesses.add(c.id() + " guessed " + imposer + "->" + target);
            }
        }
        System.out.printf("TARIFF-ROLES-DEV correct=%d of %d%n", correct, cases.size());
        misses.forEach(m -> System.out.println("TARIFF-ROLES-DEV miss " + m));
        assertEquals(List.of(), guesses, "a party was guessed where the sentence names none");
        assertTrue(correct >= REQUIRED_CORRECT, "roles regressed: " + correct + " < " + REQUIRED_CORRECT + "; " + misses);
    }

    /** The first party any tariff fact of the sentence names, or "-". */
    private static String party(List<Fact> facts, String attribute) {
        return facts.stream().map(f -> f.attributes().get(attribute)).filter(p -> p != null).map(Object::toString)
                .findFirst().orElse("-");
    }

    private static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (var in = TariffRolesDevTest.class.getResourceAsStream(SET)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(5, f.length, line);
                cases.add(new Case(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return cases;
    }
}
