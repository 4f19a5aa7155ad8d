package io.sinoscope.query.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.text.TextAnalyzer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the clusterer reads from an enriched article, and how two reported measures relate. */
class StoryClusteringEvidenceTest {

    private static final FactSignature EV = new FactSignature("tariff_change", "united states", "china", "电动汽车",
            25.0, 100.0, 100.0, null);

    @Test
    void goodsWrittenInTaiwanVocabularyAreReadInTheNormalisedText() {
        LabelledArticle article = new LabelledArticle("tw-1", "formosa-times", "美國調高中國晶片關稅",
                "美國白宮13日宣布，對自中國進口的晶片課徵的關稅從25%調高至50%，8月1日起生效。",
                Instant.parse("2026-05-14T03:00:00Z"), "TW", "x");
        ArticleEnriched enriched = new EnrichedArticles(TextAnalyzer.createDefault()).enrich("tw-1", article);
        StoryEvidence evidence = StoryEvidence.of(enriched);

        FactSignature lead = evidence.leadMeasure().orElseThrow(() -> new AssertionError(enriched.facts()));
        assertEquals("tariff_change", lead.kind());
        assertTrue(lead.product() != null && lead.product().contains("芯片"), lead.toString());
        assertEquals(50.0, lead.to());
        assertEquals("tw-1", evidence.articleId());
        assertTrue(evidence.normalizedText().contains("芯片"), evidence.normalizedText());
    }

    @Test
    void theSameMeasureReportedWithOtherWordsIsTheSame() {
        FactSignature tw = new FactSignature("tariff_change", "united states", "china", "进口的电动车课征", 25.0, 100.0,
                100.0, null);
        assertEquals(FactSignature.Relation.SAME, tw.relationTo(EV, 0.6));
    }

    @Test
    void theSamePartiesOnOtherGoodsOrAtAnotherRateAreADistinctMeasure() {
        FactSignature solar = new FactSignature("tariff_change", "united states", "china", "太阳能电池", 25.0, 50.0,
                50.0, null);
        FactSignature raisedAgain = new FactSignature("tariff_change", "united states", "china", "电动汽车", 100.0,
                150.0, 150.0, null);
        assertEquals(FactSignature.Relation.DISTINCT, solar.relationTo(EV, 0.6));
        assertEquals(FactSignature.Relation.DISTINCT, raisedAgain.relationTo(EV, 0.6));
    }

    @Test
    void otherPartiesOrKindsOrTooLittleStatedAreUnrelated() {
        FactSignature retaliation = new FactSignature("tariff_change", "china", "united states", "大豆", null, 15.0,
                15.0, null);
        FactSignature control = new FactSignature("export_control", "united states", "china", "电动汽车", null, null,
                null, null);
        FactSignature bare = new FactSignature("tariff_change", null, null, null, null, 100.0, 100.0, null);
        assertEquals(FactSignature.Relation.UNRELATED, retaliation.relationTo(EV, 0.6));
        assertEquals(FactSignature.Relation.UNRELATED, control.relationTo(EV, 0.6));
        assertEquals(FactSignature.Relation.UNRELATED, bare.relationTo(EV, 0.6));
    }

    @Test
    void aMeasureOfTheSameKindStatingTooLittleToCompareIsUndetermined() {
        FactSignature namedGoods = new FactSignature("export_control", null, null, "七类中重稀土", null, null, null,
                null);
        FactSignature imposerOnly = new FactSignature("export_control", "china", null, null, null, null, null, null);
        FactSignature otherImposer = new FactSignature("export_control", "united states", null, null, null, null,
                null, null);
        assertEquals(FactSignature.Relation.UNDETERMINED, namedGoods.relationTo(imposerOnly, 0.6));
        assertEquals(FactSignature.Relation.UNRELATED, otherImposer.relationTo(imposerOnly, 0.6));
    }

    @Test
    void figuresWrittenTheWayOfEachRegionGiveOneKey() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        EnrichedArticles enricher = new EnrichedArticles(analyzer);
        StoryEvidence cn = StoryEvidence.of(enricher.enrich("cn", new LabelledArticle("cn", "a", "央行降息",
                "中国人民银行宣布，一年期贷款市场报价利率下调0.5个百分点。", Instant.parse("2026-09-02T01:00:00Z"), "CN", "x")));
        StoryEvidence tw = StoryEvidence.of(enricher.enrich("tw", new LabelledArticle("tw", "b", "陸央行降息",
                "中國人民銀行宣布，一年期貸款市場報價利率調降2碼。", Instant.parse("2026-09-02T02:00:00Z"), "TW", "x")));
        assertTrue(cn.figures().contains("pp:0.5"), cn.figures().toString());
        assertTrue(tw.figures().contains("pp:0.5"), tw.figures().toString());
    }

    @Test
    void anEntityIsKeyedByItsNormalisedNameAndTheSoundOfEachPartOfATransliteration() {
        LabelledArticle article = new LabelledArticle("hk-1", "harbour-post", "聯儲局減息",
                "聯儲局主席麥卡斯·霍蘭德表示，勞動市場轉弱，年底前或再減息。", Instant.parse("2026-09-17T01:00:00Z"), "HK",
                "x");
        StoryEvidence evidence = StoryEvidence.of(new EnrichedArticles(TextAnalyzer.createDefault())
                .enrich("hk-1", article));
        var keys = evidence.entities().stream().flatMap(e -> e.keys().stream()).toList();
        assertTrue(keys.contains("=霍兰德") || keys.contains("=麦卡斯霍兰德"), keys.toString());
        assertTrue(keys.contains("~wa-lan-de"), keys.toString());
    }

    /**
     * The event signature is read in the normalised text, so each region's words for one kind of event and one place
     * are one: a Taiwan 共軍軍演 is a drill like a mainland 东部战区演习, 仁愛暗沙 is 仁爱礁, and a title naming no type
     * takes the type its text names most. 不再 ("no more") announces no repeat; 再度 does.
     */
    @Test
    void eventTypesPlacesAndRepeatsAreReadWhateverTheRegionsWords() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        EnrichedArticles enricher = new EnrichedArticles(analyzer);
        StoryEvidence taiwan = StoryEvidence.of(enricher.enrich("tw", new LabelledArticle("tw", "formosa-times",
                "仁愛暗沙再爆衝突 共軍軍演同步登場", "菲律賓海巡指控，陸海警船在仁愛暗沙以水砲攻擊菲國補給船。",
                Instant.parse("2026-11-05T06:00:00Z"), "TW", "x")));
        assertEquals(java.util.Set.of("drill"), taiwan.event().types(), taiwan.event().toString());
        assertEquals(java.util.Set.of("place:second-thomas-shoal"), taiwan.event().titlePlaces());
        assertTrue(taiwan.event().repeat());
        assertTrue(taiwan.entities().stream().anyMatch(e -> e.id().equals("cedict:location:海警局")),
                "陸海警 stands for the coast guard: " + taiwan.entities());

        EventSignature body = EventSignature.of("楊金龍赴立院報告", "央行总裁表示短期内不再升息，并称利率政策将视通胀而定，升息与否视数据。");
        assertEquals(java.util.Set.of("rate-decision"), body.types());
        assertFalse(body.repeat());
        assertTrue(body.places().isEmpty());
    }
}
