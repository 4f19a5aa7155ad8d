package io.sinoscope.query.story.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.story.comparison.ComparisonInput.Background;
import io.sinoscope.query.story.comparison.ComparisonInput.Measure;
import io.sinoscope.query.story.comparison.ComparisonInput.Mention;
import io.sinoscope.query.story.comparison.ComparisonInput.Report;
import io.sinoscope.query.story.comparison.StoryComparison.DistinctiveTerm;
import io.sinoscope.query.story.comparison.StoryComparison.EntityCoverage;
import io.sinoscope.query.story.comparison.StoryComparison.EntityNaming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The comparison on hand-built reports of one fictional event: a Trump–Lai phone call and a US tariff on Chinese
 * chips, reported by two mainland, one Taiwan and one Hong Kong outlet, with the forms each side writes
 * (特朗普/川普, 台湾地区/台湾) and rates that disagree.
 */
class StoryComparatorTest {

    private static final Background CORPUS = new Background(10_000, Map.of(
            "表示", 6_000L, "美国", 5_000L, "关税", 900L, "台湾", 1_200L, "台湾地区", 300L, "芯片", 400L,
            "领导人", 700L, "总统", 800L, "赖清德", 150L, "挑衅", 120L));

    /** A report whose words are these, said {@code times} times over (a longer article of the same wording). */
    private static Report report(String id, String region, String source, String at, String words, int times) {
        List<String> said = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            said.addAll(Arrays.asList(words.split(" ")));
        }
        return new Report(id, region, source, Instant.parse(at), said);
    }

    private static Report report(String id, String region, String source, String at, String words) {
        return report(id, region, source, at, words, 1);
    }

    private static List<Report> reports() {
        return reports(1);
    }

    /** Every report says the event's shared words once, then eight words of its own side's. */
    private static List<Report> reports(int times) {
        String shared = "美国 表示 芯片 关税 ";
        return List.of(
                report("cn-1", "CN", "huaxia", "2027-05-02T02:00:00Z",
                        shared + "台湾地区 领导人 台湾地区 挑衅 台湾地区 领导人 对 中国 加征 2027 的", times),
                report("cn-2", "CN", "jinghua", "2027-05-02T06:00:00Z",
                        shared + "台湾地区 领导人 挑衅 台湾地区 当局 谋独 政客 炒作", times),
                report("tw-1", "TW", "formosa", "2027-05-02T04:00:00Z",
                        shared + "赖清德 总统 台湾 总统 赖清德 台湾 总统 政府", times),
                report("hk-1", "HK", "harbour", "2027-05-03T01:00:00Z",
                        shared + "台湾 本港 转口 本港 特区 商界 港商 业界", times),
                report("x-1", null, "wire", "2027-05-03T05:00:00Z",
                        shared + "路透 消息 人士 透露 分析 指出 市场 观察", times));
    }

    private static List<Mention> mentions() {
        return List.of(
                new Mention("cn-1", "Q22686", "Donald Trump", "PERSON", "特朗普"),
                new Mention("cn-1", "Q22686", "Donald Trump", "PERSON", "特朗普"),
                new Mention("cn-2", "Q22686", "Donald Trump", "PERSON", "特朗普"),
                new Mention("tw-1", "Q22686", "Donald Trump", "PERSON", "川普"),
                new Mention("cn-1", "Q30", "United States", "GPE", "美国"),
                new Mention("tw-1", "Q30", "United States", "GPE", "美國"),
                new Mention("hk-1", "Q30", "United States", "GPE", "美國"),
                new Mention("x-1", "Q30", "United States", "GPE", "美国"),
                new Mention("tw-1", "Q865", "Taiwan", "GPE", "台灣"),
                new Mention("hk-1", "Q865", "Taiwan", "GPE", "台灣"),
                new Mention("cn-1", "Q865", "Taiwan", "GPE", "台湾地区"),
                new Mention("tw-1", "Q-lai", "Lai Ching-te", "PERSON", "賴清德"));
    }

    private static Measure tariff(long id, String article, Double from, Double to, String effective) {
        return new Measure(id, article, "tariff_change", "United States", "China", "芯片", from, to, to, "%",
                "announced", effective, "关税");
    }

    private static StoryComparison compare(List<Measure> measures) {
        return new StoryComparator(ComparisonSettings.DEFAULTS).compare(new ComparisonInput(reports(), mentions(),
                measures, CORPUS));
    }

    @Test
    void coverageGivesEachRegionItsReportsOutletsAndFirstAndLastReport() {
        StoryComparison c = compare(List.of());
        assertEquals(List.of("CN", "TW", "HK", "OTHER"), c.regions());
        assertEquals(2, c.coverage().get("CN").articles());
        assertEquals(List.of("huaxia", "jinghua"), c.coverage().get("CN").sources());
        assertEquals("2027-05-02T02:00:00Z", c.coverage().get("CN").firstReport());
        assertEquals("cn-1", c.coverage().get("CN").firstArticleId());
        assertEquals("2027-05-02T06:00:00Z", c.coverage().get("CN").lastReport());
        assertEquals("2027-05-03T01:00:00Z", c.coverage().get("HK").firstReport());
        assertEquals(1, c.coverage().get("OTHER").articles());
    }

    @Test
    void entitiesSayWhichRegionsNameThemAndWhichOmitThem() {
        StoryComparison c = compare(List.of());
        EntityCoverage us = find(c.entities(), "Q30");
        assertEquals(List.of("CN", "TW", "HK", "OTHER"), us.reportedBy());
        assertEquals(List.of(), us.omittedBy());
        EntityCoverage trump = find(c.entities(), "Q22686");
        assertEquals(List.of("CN", "TW"), trump.reportedBy());
        assertEquals(List.of("HK", "OTHER"), trump.omittedBy());
        assertEquals(Map.of("CN", 2, "TW", 1), trump.articlesByRegion());
        EntityCoverage lai = find(c.entities(), "Q-lai");
        assertEquals(List.of("CN", "HK", "OTHER"), lai.omittedBy());
        // Named by more regions first.
        assertEquals("Q30", c.entities().get(0).id());
    }

    @Test
    void namingShowsEachRegionsFormsAndWhetherTheyDiffer() {
        StoryComparison c = compare(List.of());
        EntityNaming trump = c.naming().stream().filter(n -> n.id().equals("Q22686")).findFirst().orElseThrow();
        assertTrue(trump.differs());
        assertEquals("特朗普", trump.formsByRegion().get("CN").get(0).surface());
        assertEquals(3, trump.formsByRegion().get("CN").get(0).mentions());
        assertEquals("川普", trump.formsByRegion().get("TW").get(0).surface());
        EntityNaming taiwan = c.naming().stream().filter(n -> n.id().equals("Q865")).findFirst().orElseThrow();
        assertEquals(List.of("CN", "TW", "HK"), List.copyOf(taiwan.formsByRegion().keySet()));
        assertEquals("台湾地区", taiwan.formsByRegion().get("CN").get(0).surface());
        // Named in one region only: nothing to compare.
        assertFalse(c.naming().stream().anyMatch(n -> n.id().equals("Q-lai")));
        // Forms that differ come first.
        List<Boolean> differs = c.naming().stream().map(EntityNaming::differs).toList();
        assertEquals(differs.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), differs);
    }

    @Test
    void distinctiveTermsAreEachRegionsOwnWordsNotTheSharedOnes() {
        // Reports of a few hundred words, as articles are.
        StoryComparison c = new StoryComparator(ComparisonSettings.DEFAULTS).compare(new ComparisonInput(reports(20),
                mentions(), List.of(), CORPUS));
        List<String> cn = c.distinctiveTerms().get("CN").stream().map(DistinctiveTerm::term).toList();
        List<String> tw = c.distinctiveTerms().get("TW").stream().map(DistinctiveTerm::term).toList();
        assertEquals(List.of("台湾地区", "挑衅", "领导人"), cn.stream().sorted().toList(), cn.toString());
        assertTrue(tw.containsAll(List.of("总统", "赖清德")), tw.toString());
        for (List<DistinctiveTerm> terms : c.distinctiveTerms().values()) {
            for (DistinctiveTerm t : terms) {
                assertFalse(List.of("美国", "表示", "关税", "芯片").contains(t.term()), t.toString());
                assertTrue(t.z() >= ComparisonSettings.DEFAULTS.minZ(), t.toString());
            }
        }
        // Numbers and single characters are not terms.
        assertFalse(cn.contains("2027") || cn.contains("的") || cn.contains("对"), cn.toString());
        // The least z and the number kept bound the lists.
        StoryComparison strict = new StoryComparator(new ComparisonSettings(10, ComparisonSettings.DEFAULTS.priorStrength(), 100)).compare(
                new ComparisonInput(reports(20), mentions(), List.of(), CORPUS));
        assertTrue(strict.distinctiveTerms().values().stream().allMatch(List::isEmpty), strict.toString());
        StoryComparison two = new StoryComparator(new ComparisonSettings(2, ComparisonSettings.DEFAULTS.priorStrength(), 1.0)).compare(
                new ComparisonInput(reports(20), mentions(), List.of(), CORPUS));
        assertEquals(cn.subList(0, 2), two.distinctiveTerms().get("CN").stream().map(DistinctiveTerm::term).toList());
    }

    @Test
    void theZScoreIsMonroeColaresiQuinnsWithThePriorFromTheCorpus() {
        // Two regions, one word each besides a shared one: the formula by hand.
        List<Report> reports = List.of(
                new Report("a", "CN", "s", Instant.parse("2027-01-01T00:00:00Z"), List.of("台湾地区", "台湾地区", "表示")),
                new Report("b", "TW", "s", Instant.parse("2027-01-01T00:00:00Z"), List.of("台湾", "表示")));
        Background corpus = new Background(100, Map.of("台湾地区", 9L, "台湾", 19L, "表示", 69L));
        ComparisonSettings settings = new ComparisonSettings(10, 10, -100);
        StoryComparison c = new StoryComparator(settings).compare(new ComparisonInput(reports, List.of(), List.of(),
                corpus));
        double mass = 10 + 20 + 70;
        double alpha = 10 * 10 / mass;
        double delta = Math.log((2 + alpha) / (3 + 10 - 2 - alpha)) - Math.log((0 + alpha) / (2 + 10 - 0 - alpha));
        double z = delta / Math.sqrt(1 / (2 + alpha) + 1 / (0 + alpha));
        DistinctiveTerm term = c.distinctiveTerms().get("CN").get(0);
        assertEquals("台湾地区", term.term());
        assertEquals(z, term.z(), 1e-3);
        assertEquals(delta, term.logOdds(), 1e-3);
        assertEquals(9, term.backgroundDocuments());
        // The prior is evidence: the same counts of a word the corpus rarely uses give a smaller z (one side's zero
        // count weighs more), so rare words need more occurrences to be listed.
        Background rare = new Background(100, Map.of("台湾地区", 0L, "台湾", 19L, "表示", 69L));
        double rareZ = new StoryComparator(settings).compare(new ComparisonInput(reports, List.of(), List.of(), rare))
                .distinctiveTerms().get("CN").get(0).z();
        assertTrue(rareZ < z, rareZ + " vs " + z);
    }

    @Test
    void aSingleRegionHasNoDistinctiveTerms() {
        List<Report> reports = List.of(report("cn-1", "CN", "huaxia", "2027-05-02T02:00:00Z", "台湾地区 台湾地区 挑衅"));
        StoryComparison c = new StoryComparator(ComparisonSettings.DEFAULTS).compare(new ComparisonInput(reports,
                List.of(), List.of(), CORPUS));
        assertEquals(Map.of("CN", List.of()), c.distinctiveTerms());
    }

    @Test
    void ratesAndDatesThatDifferBetweenRegionsAreReportedAndAgreeingOnesAreNot() {
        List<Measure> measures = new ArrayList<>(List.of(
                tariff(1, "cn-1", 10.0, 25.0, "2027-06-01"),
                tariff(2, "cn-2", 10.0, 25.0, "2027-06-01"),
                tariff(3, "tw-1", 10.0, 20.0, "2027-06-01"),
                tariff(4, "hk-1", null, 25.0, "2027-06-15"),
                // Another measure of the same parties (other goods): never compared with the chips tariff.
                new Measure(5, "tw-1", "tariff_change", "United States", "China", "钢铁", 10.0, 50.0, 50.0, "%",
                        "announced", null, "钢铁关税"),
                // Nothing names it: not compared with anything.
                new Measure(6, "hk-1", "sanction", null, null, null, null, null, null, null, "announced", null, "制裁")));
        StoryComparison c = compare(measures);
        assertEquals(2, c.disagreements().size(), c.disagreements().toString());
        StoryComparison.Disagreement to = c.disagreements().get(0);
        assertEquals("to", to.attribute());
        assertEquals("芯片", to.product());
        assertEquals(Map.of("CN", List.of("25"), "TW", List.of("20"), "HK", List.of("25")), to.valuesByRegion());
        assertEquals(List.of("cn-1", "cn-2", "tw-1", "hk-1"), to.articleIds());
        StoryComparison.Disagreement date = c.disagreements().get(1);
        assertEquals("effectiveDate", date.attribute());
        assertEquals(List.of("2027-06-15"), date.valuesByRegion().get("HK"));
        // from: CN and TW agree, HK states none.
        assertFalse(c.disagreements().stream().anyMatch(d -> d.attribute().equals("from")));
        assertEquals(List.of(3L, 5L), c.measures().get("TW").stream().map(Measure::factId).toList());
        assertEquals(List.of(), c.measures().get("OTHER"));
    }

    private static EntityCoverage find(List<EntityCoverage> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
