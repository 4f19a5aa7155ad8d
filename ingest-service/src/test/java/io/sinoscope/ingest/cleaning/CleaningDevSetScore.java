package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a cleaning development set (id, page, check, expectation per line) through the whole {@link ArticleCleaner}:
 * prints the checks passed per class (the id's letter), the total and every miss under a label, and returns the
 * number passed. Shared by the dev-set tests of each cleaning round.
 */
final class CleaningDevSetScore {

    private static final Instant RECEIVED = Instant.parse("2026-08-20T00:00:00Z");

    private record Check(String id, String page, String check, String expectation) {
        boolean present() {
            return check.equals("present");
        }

        boolean published() {
            return check.equals("published");
        }
    }

    private CleaningDevSetScore() {
    }

    static int score(String set, String label) throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(), new OcrRepair(),
                new MetadataExtractor());
        Map<String, int[]> byClass = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int passed = 0;
        List<Check> checks = checks(set);
        for (Check check : checks) {
            CleaningResult result = cleaner.clean(check.page(), RECEIVED);
            String text = result.text();
            boolean ok = check.published() ? result.metadata().publishedAt().map(OffsetDateTime::toString)
                    .orElse("none").equals(check.expectation()) : text.contains(check.expectation()) == check.present();
            int[] score = byClass.computeIfAbsent(check.id().substring(0, 1), k -> new int[2]);
            score[1]++;
            if (ok) {
                score[0]++;
                passed++;
            } else {
                misses.add(check.id() + " " + (check.published() ? "published " + result.metadata().publishedAt()
                        + ", expected " : check.present() ? "lost " : "kept ") + check.expectation() + " in "
                        + text.replace("\n", "⏎"));
            }
        }
        byClass.forEach((c, s) -> System.out.printf("%s %s %d of %d%n", label, c, s[0], s[1]));
        System.out.printf("%s total %d of %d%n", label, passed, checks.size());
        misses.forEach(m -> System.out.println(label + " miss " + m));
        return passed;
    }

    private static List<Check> checks(String set) throws Exception {
        List<Check> checks = new ArrayList<>();
        try (var in = CleaningDevSetScore.class.getResourceAsStream(set)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(4, f.length, line);
                checks.add(new Check(f[0], f[1].replace("\\n", "\n"), f[2], f[3].replace("\\n", "\n")));
            }
        }
        return checks;
    }
}
