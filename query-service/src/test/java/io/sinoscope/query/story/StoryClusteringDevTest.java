package io.sinoscope.query.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.text.TextAnalyzer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clusterer on the dev set (dev-stories.ndjson: multi-region stories, same-actor distinct events within days and
 * a week apart, singletons). Prints STORYDEV lines; the floors sit a little under what the defaults reach, so a change
 * that loses quality fails here (docs/stories.md has the figures).
 */
class StoryClusteringDevTest {

    private static StoryClusteringEvaluation.Prepared devSet;
    private static StoryClusteringEvaluation.Prepared crossRegionSet;
    private static StoryClusteringEvaluation.Prepared ownFormsSet;
    private static StoryClusteringEvaluation.Prepared eventTypeSet;

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(StoryClusteringDevTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void analyse() {
        devSet = StoryClusteringEvaluation.prepare(TextAnalyzer.createDefault(),
                LabelledArticle.read(resource("dev-stories.ndjson")));
        crossRegionSet = StoryClusteringEvaluation.prepare(TextAnalyzer.createDefault(),
                LabelledArticle.read(resource("dev-stories-2.ndjson")));
        ownFormsSet = StoryClusteringEvaluation.prepare(TextAnalyzer.createDefault(),
                LabelledArticle.read(resource("dev-stories-3.ndjson")));
        eventTypeSet = StoryClusteringEvaluation.prepare(TextAnalyzer.createDefault(),
                LabelledArticle.read(resource("dev-stories-4.ndjson")));
    }

    /**
     * The fourth dev set (dev-stories-4.ndjson): drills, coast-guard incidents, central-bank decisions, visits and
     * lawsuits whose regions name the actors and places each their own way (东部战区 / 解放軍 / 共軍; 仁爱礁 / 仁愛暗沙;
     * 马科斯 / 小馬可仕; 五角大廈 / 美国国防部; 东京电子 / 東京威力科創), reactions a day later quoting one side, and a
     * trap for each event: the same actors' next incident, decision or visit one to three days later.
     */
    @Test
    void eventTypeDevSetStoriesMatchTheirLabels() {
        StoryClusteringEvaluation.Result result = StoryClusteringEvaluation.run(eventTypeSet,
                StoryClusteringConfig.defaults());
        print("STORYDEV4", result);
        // Reached: precision 1.000, recall 0.943 (before the event-type rule: 0.934 / 0.690).
        assertTrue(result.precision() >= 0.95, "B-cubed precision " + result.precision());
        assertTrue(result.recall() >= 0.9, "B-cubed recall " + result.recall());
    }

    /**
     * What the event-type rule adds, and what keeps the traps apart: each dev set without it (the rule off; the
     * place and repeat checks, which only keep apart, stay on) loses recall and none gains precision.
     */
    @Test
    void theEventTypeRuleIsWhatRaisesRecall() {
        for (var set : java.util.Map.of("STORYDEV4", eventTypeSet, "STORYDEV3", ownFormsSet, "STORYDEV2",
                crossRegionSet, "STORYDEV", devSet).entrySet()) {
            StoryClusteringEvaluation.Result with = StoryClusteringEvaluation.run(set.getValue(),
                    StoryClusteringConfig.defaults());
            StoryClusteringEvaluation.Result without = StoryClusteringEvaluation.run(set.getValue(),
                    StoryClusteringConfig.defaults().withoutEventTypeRule());
            without.lines(set.getKey() + " without-event-type-rule").stream().limit(3).forEach(System.out::println);
            assertTrue(with.recall() >= without.recall(), set.getKey() + " recall " + with.recall() + " vs "
                    + without.recall());
            assertTrue(with.precision() >= without.precision(), set.getKey() + " precision " + with.precision()
                    + " vs " + without.precision());
        }
    }

    /**
     * The third dev set (dev-stories-3.ndjson): events whose Taiwan report comes after the mainland and Hong Kong ones,
     * names their actors in Taiwan's forms (中共商務部, 產業安全局, 戴拉克瓦 / 德拉克鲁瓦, 仁愛暗沙 / 仁爱礁) and omits
     * the figures they give; each event has a trap, the same actors' next decision one to three days later.
     */
    @Test
    void ownFormsDevSetStoriesMatchTheirLabels() {
        StoryClusteringEvaluation.Result result = StoryClusteringEvaluation.run(ownFormsSet,
                StoryClusteringConfig.defaults());
        print("STORYDEV3", result);
        // Reached: precision 1.000, recall 0.816 (before the item and headline signals: 0.957 / 0.738; before the
        // event cues: 0.957 / 0.787).
        assertTrue(result.precision() >= 0.95, "B-cubed precision " + result.precision());
        assertTrue(result.recall() >= 0.8, "B-cubed recall " + result.recall());
    }

    /**
     * The second dev set (dev-stories-2.ndjson): events reported in all three regions with regional spellings of
     * people and firms, regional number formats (0.5个百分点 / 2碼 / 半厘, 逾1兆 / 超过1万亿) and reactions a day later,
     * with same-actor traps (same imposer the same day, same actors days later, a second incident).
     */
    @Test
    void crossRegionDevSetStoriesMatchTheirLabels() {
        StoryClusteringEvaluation.Result result = StoryClusteringEvaluation.run(crossRegionSet,
                StoryClusteringConfig.defaults());
        print("STORYDEV2", result);
        // Reached: precision 1.000, recall 0.942 (before the cross-region rules: 1.000 / 0.707; before the event cues:
        // 1.000 / 0.891).
        assertTrue(result.precision() >= 0.95, "B-cubed precision " + result.precision());
        assertTrue(result.recall() >= 0.9, "B-cubed recall " + result.recall());
    }

    /** What the cross-region rules add: the same set without reaction grace, figures and the cross-region rule. */
    @Test
    void crossRegionRulesAreWhatRaisesRecall() {
        StoryClusteringEvaluation.Result with = StoryClusteringEvaluation.run(crossRegionSet,
                StoryClusteringConfig.defaults());
        StoryClusteringEvaluation.Result without = StoryClusteringEvaluation.run(crossRegionSet,
                StoryClusteringConfig.defaults().withoutCrossRegionRules());
        without.lines("STORYDEV2 without-cross-region-rules").stream().limit(3).forEach(System.out::println);
        assertTrue(with.recall() > without.recall(), "recall " + with.recall() + " vs " + without.recall());
    }

    @Test
    void devSetStoriesMatchTheirLabels() {
        StoryClusteringEvaluation.Result result = StoryClusteringEvaluation.run(devSet,
                StoryClusteringConfig.defaults());
        print("STORYDEV", result);
        // Reached: precision 1.000, recall 1.000 (16 stories for 16 labels).
        assertTrue(result.precision() >= 0.95, "B-cubed precision " + result.precision());
        assertTrue(result.recall() >= 0.95, "B-cubed recall " + result.recall());
    }

    /** A window wider than the week between the traps: they must then be kept apart by their score, not by time. */
    @Test
    void aWeekApartStaysApartByScoreWithAWideWindow() {
        StoryClusteringEvaluation.Result result = StoryClusteringEvaluation.run(devSet,
                StoryClusteringConfig.defaults().withWindow(Duration.ofDays(10)));
        print("STORYDEV window=10d", result);
        // Reached: precision 0.927 (the postponement a week later joins the measure it postpones), recall 1.000.
        assertTrue(result.precision() >= 0.9, "B-cubed precision " + result.precision());
        assertTrue(result.recall() >= 0.95, "B-cubed recall " + result.recall());
    }

    @Test
    void devSetMeasuresArePrinted() {
        ownFormsSet.evidence().forEach(e -> e.facts().stream().filter(FactSignature::isTradeMeasure)
                .forEach(f -> System.out.println("STORYDEV3 measure " + e.articleId() + " " + f)));
        devSet.evidence().forEach(e -> e.facts().stream().filter(FactSignature::isTradeMeasure)
                .forEach(f -> System.out.println("STORYDEV measure " + e.articleId() + " " + f)));
        assertTrue(devSet.evidence().stream().anyMatch(e -> e.leadMeasure().isPresent()), "no trade measure read");
    }

    private static void print(String prefix, StoryClusteringEvaluation.Result result) {
        result.lines(prefix).forEach(System.out::println);
        result.assignments().forEach((id, a) -> System.out.println(prefix + " assign " + id + " " + a.outcome() + " "
                + a.storyId().substring(0, 14) + " " + StoryClusterer.format(a.score()) + " " + a.reasons()));
    }
}
