package io.sinoscope.text;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTest {

    private static final Instant PUBLISHED = Instant.parse("2026-10-14T02:20:00Z");
    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();

    @Test
    void analysisPastItsDeadlineIsAbandonedWithTheElapsedTime() {
        String text = AnalysisGoldenTest.repeat(AnalysisGoldenTest.ADVERSARIAL.get("tariff"), 60_000);
        AnalysisDeadlineExceededException exceeded = assertThrows(AnalysisDeadlineExceededException.class,
                () -> analyzer.analyze(text, PUBLISHED, Deadline.after(Duration.ofMillis(5))));
        assertTrue(exceeded.elapsed().compareTo(Duration.ofMillis(5)) > 0, exceeded.getMessage());
        assertEquals(Duration.ofMillis(5), exceeded.budget());
        assertTrue(exceeded.getMessage().contains("past its deadline of 5 ms"), exceeded.getMessage());
    }

    @Test
    void analysisWithinItsDeadlineIsTheSameAsWithout() {
        String text = "美国对中国商品加征关税由10%提高至25%，特朗普在华盛顿表示。中国经济增速5%。";
        Analysis bounded = analyzer.analyze(text, PUBLISHED, Deadline.after(Duration.ofMinutes(1)));
        Analysis unbounded = analyzer.analyze(text, PUBLISHED);
        assertEquals(unbounded.facts(), bounded.facts());
        assertEquals(unbounded.entities(), bounded.entities());
        assertEquals(unbounded.summary(), bounded.summary());
    }

    @Test
    void noDeadlineNeverExpiresAndABudgetMustBePositive() {
        Deadline.NONE.check();
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(Duration.ZERO));
    }
}
