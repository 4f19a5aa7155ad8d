package io.sinoscope.query.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clusterer's contract on hand-made evidence: stable ids, joins and starts, eviction, determinism. */
class StoryClusteringBehaviourTest {

    private static final Instant T0 = Instant.parse("2026-05-13T01:00:00Z");
    private static final List<StoryEvidence.LinkedEntity> US_CHINA = List.of(
            new StoryEvidence.LinkedEntity("Q30", "LOCATION"), new StoryEvidence.LinkedEntity("Q148", "LOCATION"),
            new StoryEvidence.LinkedEntity("org:ustr", "ORGANIZATION"));

    private static StoryEvidence evTariff(String id, Instant at, String region) {
        return new StoryEvidence(id, at, region, US_CHINA,
                List.of(new FactSignature("tariff_change", "united states", "china", "电动汽车", 25.0, 100.0, 100.0,
                        null)),
                "美国对中国电动汽车关税由25%提高至100%",
                "美国贸易代表办公室宣布，对自中国进口的电动汽车加征的关税由25%提高至100%，8月1日起生效。");
    }

    private static StoryEvidence solarTariff(String id, Instant at) {
        return new StoryEvidence(id, at, "CN", US_CHINA,
                List.of(new FactSignature("tariff_change", "united states", "china", "太阳能电池", 25.0, 50.0, 50.0,
                        null)),
                "美国对中国太阳能电池关税由25%提高至50%",
                "美国贸易代表办公室宣布，对自中国进口的太阳能电池加征的关税由25%提高至50%，明年1月1日起实施。");
    }

    private static StoryEvidence marathon(String id, Instant at) {
        return new StoryEvidence(id, at, "CN", List.of(new StoryEvidence.LinkedEntity("Q956", "LOCATION")),
                List.of(), "北京马拉松鸣枪开跑", "三万名选手在天安门广场出发，男子组冠军成绩为2小时7分。");
    }

    @Test
    void theFirstArticleNamesTheStoryAndLaterReportsJoinIt() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        StoryAssignment first = clusterer.assign(evTariff("a1", T0, "CN"));
        StoryAssignment second = clusterer.assign(evTariff("a2", T0.plus(Duration.ofHours(3)), "TW"));
        StoryAssignment third = clusterer.assign(evTariff("a3", T0.plus(Duration.ofHours(9)), "HK"));

        assertEquals(StoryAssignment.Outcome.STARTED, first.outcome());
        assertEquals(StoryClusterer.storyIdFor("a1"), first.storyId());
        assertTrue(second.joined(), second.reasons().toString());
        assertTrue(third.joined(), third.reasons().toString());
        assertEquals(first.storyId(), second.storyId());
        assertEquals(first.storyId(), third.storyId());
        assertEquals(List.of("a1", "a2", "a3"), clusterer.story(first.storyId()).orElseThrow().memberIds());
        assertTrue(second.score() >= StoryClusteringConfig.defaults().joinThreshold());
    }

    private static StoryEvidence portFees(String id, Instant at, String region, String title, String text) {
        return new StoryEvidence(id, at, region, List.of(new StoryEvidence.LinkedEntity("org:ustr", "ORGANIZATION",
                List.of("org:ustr", "=美国贸易代表办公室"))), List.of(), title, text);
    }

    private static double headline(StoryScore.Result result) {
        return result.reasons().stream().filter(r -> r.startsWith("headline ")).findFirst()
                .map(r -> Double.parseDouble(r.substring("headline ".length()))).orElseThrow();
    }

    /**
     * The headline signal: the share of the title's words, outside the names the article links, that the story uses.
     * A Taiwan headline naming the decision in its own words meets the story; a same-actor headline about another
     * decision does not, and a headline of names only says nothing.
     */
    @Test
    void theHeadlineCountsWhatHappenedNotWhoDidIt() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        String story = clusterer.assign(portFees("p1", T0, "CN", "美方对中国船舶收取港口费 中方坚决反对",
                "美国贸易代表办公室宣布，自10月21日起对中国企业运营的船舶以及中国建造的船舶收取港口服务费。")).storyId();
        clusterer.assign(portFees("p2", T0.plusSeconds(3600), "HK", "美对华船舶征收港口费",
                "美国贸易代表办公室宣布，对中国企业拥有或运营的船舶收取港口服务费，今日起实施。"));

        double related = headline(clusterer.explain(portFees("p3", T0.plusSeconds(7200), "TW",
                "美对陆籍船舶开征港口费 航运业忧运价波动", "航运业者表示，运价可能出现波动，台湾航商可望受惠。"),
                story).orElseThrow());
        double otherDecision = headline(clusterer.explain(portFees("t1", T0.plusSeconds(7200), "TW",
                "美国贸易代表办公室启动调查 锁定陆制传统芯片", "美国贸易代表办公室宣布，针对中国传统芯片展开调查。"),
                story).orElseThrow());
        double namesOnly = headline(clusterer.explain(portFees("t2", T0.plusSeconds(7200), "TW",
                "美国贸易代表办公室", "美国贸易代表办公室发言人今天举行记者会。"), story).orElseThrow());

        assertTrue(related > 0.1, "headline naming the decision " + related);
        assertTrue(otherDecision < related / 2, "same actor, another decision " + otherDecision + " vs " + related);
        assertEquals(0, namesOnly, "a headline of names only");
    }

    @Test
    void theSameImposerOnOtherGoodsTheSameDayStartsItsOwnStory() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        StoryAssignment ev = clusterer.assign(evTariff("a1", T0, "CN"));
        StoryAssignment solar = clusterer.assign(solarTariff("s1", T0.plus(Duration.ofHours(1))));

        assertEquals(StoryAssignment.Outcome.STARTED, solar.outcome());
        assertNotEquals(ev.storyId(), solar.storyId());
        assertTrue(solar.reasons().stream().anyMatch(r -> r.contains("lead distinct")), solar.reasons().toString());
    }

    @Test
    void anArticleSharingNoKeyFindsNoCandidate() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        clusterer.assign(evTariff("a1", T0, "CN"));
        StoryAssignment run = clusterer.assign(marathon("m1", T0.plus(Duration.ofHours(2))));

        assertEquals(StoryAssignment.Outcome.STARTED, run.outcome());
        assertEquals(List.of("no candidate story in the window"), run.reasons());
    }

    @Test
    void storiesQuietLongerThanTheWindowAreEvictedAndNotJoined() {
        StoryClusteringConfig config = StoryClusteringConfig.defaults();
        StoryClusterer clusterer = new StoryClusterer(config);
        StoryAssignment old = clusterer.assign(evTariff("a1", T0, "CN"));
        StoryAssignment later = clusterer.assign(
                evTariff("a2", T0.plus(config.window()).plus(Duration.ofHours(1)), "TW"));

        assertEquals(StoryAssignment.Outcome.STARTED, later.outcome());
        assertNotEquals(old.storyId(), later.storyId());
        assertEquals(1, clusterer.liveStories());
        assertTrue(clusterer.story(old.storyId()).isEmpty());
        assertTrue(clusterer.storyOf("a1").isEmpty());
    }

    @Test
    void anArticleAssignedAgainKeepsItsStoryAndIsNotCountedTwice() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        StoryAssignment first = clusterer.assign(evTariff("a1", T0, "CN"));
        clusterer.assign(evTariff("a2", T0.plusSeconds(60), "TW"));
        StoryAssignment again = clusterer.assign(evTariff("a2", T0.plusSeconds(60), "TW"));

        assertEquals(first.storyId(), again.storyId());
        assertEquals(List.of("a1", "a2"), clusterer.story(first.storyId()).orElseThrow().memberIds());
    }

    @Test
    void theSameInputInTheSameOrderGivesTheSameStoriesAndScores() {
        List<StoryEvidence> input = List.of(evTariff("a1", T0, "CN"), solarTariff("s1", T0.plusSeconds(600)),
                evTariff("a2", T0.plusSeconds(3600), "TW"), marathon("m1", T0.plusSeconds(7200)),
                solarTariff("s2", T0.plusSeconds(9000)));
        assertEquals(run(input), run(input));
        assertFalse(run(input).isEmpty());
    }

    private static List<StoryAssignment> run(List<StoryEvidence> input) {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        List<StoryAssignment> out = new ArrayList<>();
        input.forEach(e -> out.add(clusterer.assign(e)));
        return out;
    }

    @Test
    void aSettledStoryOtherThanTheProposalTakesTheArticleSoReplicasAgree() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        String own = clusterer.assign(evTariff("a1", T0, "CN")).storyId();
        // Another replica recorded a2 first, in a story this clusterer never saw.
        StoryAssignment lost = clusterer.assign(evTariff("a2", T0.plus(Duration.ofHours(1)), "TW"),
                proposal -> "story-elsewhere");

        assertEquals("story-elsewhere", lost.storyId());
        assertEquals(StoryAssignment.Outcome.JOINED, lost.outcome());
        assertEquals(List.of("a2"), clusterer.story("story-elsewhere").orElseThrow().memberIds());
        assertEquals(List.of("a1"), clusterer.story(own).orElseThrow().memberIds());
        assertEquals("story-elsewhere", clusterer.storyOf("a2").orElseThrow());
    }

    @Test
    void recordedAssignmentsWarmTheClustererLikeLiveOnes() {
        StoryClusterer warmed = new StoryClusterer(StoryClusteringConfig.defaults());
        warmed.record(evTariff("a1", T0, "CN"), "story-stored");
        warmed.record(evTariff("a2", T0.plus(Duration.ofHours(2)), "TW"), "story-stored");
        warmed.record(evTariff("a2", T0.plus(Duration.ofHours(2)), "TW"), "story-other");
        warmed.record(solarTariff("s1", T0.plus(Duration.ofHours(1))), "story-solar");

        StoryAssignment next = warmed.assign(evTariff("a3", T0.plus(Duration.ofHours(5)), "HK"));
        assertTrue(next.joined(), next.reasons().toString());
        assertEquals("story-stored", next.storyId());
        assertEquals(List.of("a1", "a2", "a3"), warmed.story("story-stored").orElseThrow().memberIds());
        assertEquals(2, warmed.liveStories());
    }

    /** Evidence read as the service reads it: the event signature from the (already normalised) title and text. */
    private static StoryEvidence event(String id, Instant at, String region, List<String> entityIds, String title,
            String text) {
        return new StoryEvidence(id, at, region, entityIds.stream()
                .map(e -> new StoryEvidence.LinkedEntity(e, "ORGANIZATION")).toList(), List.of(), List.of(), title,
                text, EventSignature.of(title, text));
    }

    private static final String DRILL_TITLE = "东部战区在台岛周边开展联合演习";
    private static final String DRILL_TEXT = "东部战区新闻发言人今天宣布，战区组织陆军、海军、空军和火箭军兵力，在台岛北部、南部"
            + "及东部海空域开展联合演习，重点演练海空封控和联合打击。";
    private static final String DRILL_TW_TITLE = "共军突袭军演 国军成立应变中心";
    private static final String DRILL_TW_TEXT = "中共解放军今天上午无预警宣布在台湾周边展开联合军演，国防部立即成立应变中心，"
            + "派遣适当兵力应处，请国人放心。总统府谴责北京以军事手段恫吓台湾。";

    /**
     * The event-type rule: a report of the same kind of event (a drill) naming one of the story's entities joins it
     * within the event window of its first report however little text it shares (a Taiwan report of its own side's
     * response); the same report days later is the same actors' next drill, and without the rule it stays apart.
     */
    @Test
    void aReportOfTheSameEventTypeJoinsWithinTheEventWindowOnly() {
        for (Duration later : List.of(Duration.ofHours(3), Duration.ofHours(60))) {
            StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
            String drill = clusterer.assign(event("d1", T0, "CN", List.of("org:pla"), DRILL_TITLE, DRILL_TEXT))
                    .storyId();
            StoryAssignment taiwan = clusterer.assign(event("d2", T0.plus(later), "TW",
                    List.of("org:pla", "org:mnd-taiwan", "Q865"), DRILL_TW_TITLE, DRILL_TW_TEXT));
            assertEquals(later.toHours() < 36, taiwan.storyId().equals(drill), later + " " + taiwan.reasons());
            assertTrue(taiwan.score() < StoryClusteringConfig.defaults().crossRegionThreshold(),
                    "joined by the rule, not by the score: " + taiwan.reasons());
        }
        StoryClusterer without = new StoryClusterer(StoryClusteringConfig.defaults().withoutEventTypeRule());
        without.assign(event("d1", T0, "CN", List.of("org:pla"), DRILL_TITLE, DRILL_TEXT));
        assertFalse(without.assign(event("d2", T0.plusSeconds(3 * 3600), "TW",
                List.of("org:pla", "org:mnd-taiwan", "Q865"), DRILL_TW_TITLE, DRILL_TW_TEXT)).joined());
    }

    /**
     * A title naming a place the story never names is another incident whatever the rest shares (the same coast
     * guards at another reef); a title announcing a repeat (再度) is the next incident once the first is older than
     * the event window, and the same words within it are a report of the first.
     */
    @Test
    void anotherPlaceOrAnAnnouncedRepeatIsAnotherIncident() {
        String text = "中国海警局新闻发言人表示，菲律宾补给船未经允许擅自闯入仁爱礁邻近海域，中国海警依法采取管控措施并使用水炮警告。";
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        String first = clusterer.assign(event("c1", T0, "CN", List.of("cedict:location:海警局", "Q928"),
                "中国海警对擅闯仁爱礁菲船依法采取管控措施", text)).storyId();
        StoryAssignment elsewhere = clusterer.assign(event("c2", T0.plus(Duration.ofHours(2)), "CN",
                List.of("cedict:location:海警局", "Q928"), "中国海警对擅闯仙宾礁菲船依法采取管控措施",
                text.replace("仁爱礁", "仙宾礁")));
        assertNotEquals(first, elsewhere.storyId(), elsewhere.reasons().toString());
        assertTrue(elsewhere.reasons().stream().anyMatch(r -> r.startsWith("another place")),
                elsewhere.reasons().toString());

        String repeatTitle = "中国海警再度对擅闯仁爱礁菲船采取管控措施";
        StoryAssignment sameDay = clusterer.assign(event("c3", T0.plus(Duration.ofHours(5)), "HK",
                List.of("cedict:location:海警局", "Q928"), repeatTitle, text));
        assertEquals(first, sameDay.storyId(), sameDay.reasons().toString());
        StoryAssignment twoDaysOn = clusterer.assign(event("c4", T0.plus(Duration.ofHours(50)), "CN",
                List.of("cedict:location:海警局", "Q928"), repeatTitle, text));
        assertNotEquals(first, twoDaysOn.storyId(), twoDaysOn.reasons().toString());
    }
    private static StoryEvidence visit(String id, Instant at, String visitor, String title, String text) {
        return new StoryEvidence(id, at, "CN", List.of(new StoryEvidence.LinkedEntity("Q148", "LOCATION"),
                new StoryEvidence.LinkedEntity(visitor, "PERSON")), List.of(), List.of(), title, text,
                EventSignature.of(title, text));
    }

    /**
     * The event-type rule on a busy day: three heads of state visit China within hours of each other. Each report is
     * a visit and names China, but they are three events; the only entity they share is the host country.
     */
    @Test
    void sameTypeEventsOfOneDaySharingOnlyTheHostCountryStayApart() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        String france = clusterer.assign(visit("v1", T0, "Q3052772", "法国总统抵京开始国事访问",
                "法国总统周一抵达北京，开始为期三天的国事访问，双方将签署航空和核能合作协议。")).storyId();
        String brazil = clusterer.assign(visit("v2", T0.plus(Duration.ofHours(2)), "Q37181", "巴西总统访华 两国元首会谈",
                "巴西总统周一在北京与中方举行会谈，双方同意扩大大豆和铁矿石贸易。")).storyId();
        String vietnam = clusterer.assign(visit("v3", T0.plus(Duration.ofHours(5)), "Q36014", "越南国家主席到访北京",
                "越南国家主席周一到访北京，两国签署铁路互联互通协议。")).storyId();

        assertNotEquals(france, brazil);
        assertNotEquals(france, vietnam);
        assertNotEquals(brazil, vietnam);
    }
}
