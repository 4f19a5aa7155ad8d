package io.sinoscope.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();

    private static Optional<LinkedEntity> entity(Analysis analysis, String id) {
        return analysis.entities().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static LinkedEntity requireEntity(Analysis analysis, String id) {
        return entity(analysis, id).orElseThrow(() -> new AssertionError(id + " not in " + analysis.entities()));
    }

    @Test
    void taiwanSentenceIsDetectedNormalizedAndLinked() {
        String original = "美國總統川普表示，將限制晶片出口。";
        Analysis analysis = analyzer.analyze(original);

        assertEquals(Region.TAIWAN, analysis.text().region());
        assertEquals(Script.TRADITIONAL, analysis.text().script());
        assertTrue(analysis.text().normalized().contains("芯片"), analysis.text().normalized());
        LinkedEntity trump = requireEntity(analysis, "Q22686");
        assertEquals("Donald Trump", trump.name());
        Mention mention = trump.mentions().get(0);
        assertEquals("川普", mention.surface());
        assertEquals(4, mention.start());
        assertEquals(6, mention.end());
    }

    @Test
    void mainlandVersionOfTheSameNewsLinksTheSameEntity() {
        Analysis analysis = analyzer.analyze("美国总统特朗普表示，将限制芯片出口。");
        assertEquals(Region.MAINLAND, analysis.text().region());
        assertEquals(Script.SIMPLIFIED, analysis.text().script());
        assertEquals("特朗普", requireEntity(analysis, "Q22686").mentions().get(0).surface());
        assertEquals("美国总统特朗普表示，将限制芯片出口。", analysis.text().normalized(), "Simplified text is only cleaned");
    }

    @Test
    void hongKongTraditionalWithTrumpAndHongKongDollars() {
        Analysis analysis = analyzer.analyze("特朗普宣佈加徵關稅後，港元匯價及恒指均告下跌。");
        assertEquals(Region.HONG_KONG, analysis.text().region());
        assertTrue(analysis.text().regionConfidence() > 0.5);
        requireEntity(analysis, "Q22686");
    }

    @Test
    void regionalTransliterationsLinkToTheSameEntities() {
        Analysis taiwan = analyzer.analyze("納坦雅胡與賀錦麗通電話，討論軟體出口。");
        Analysis mainland = analyzer.analyze("内塔尼亚胡与哈里斯通电话，讨论软件出口。");
        for (String id : List.of("Q43297", "Q10853588")) {
            requireEntity(taiwan, id);
            requireEntity(mainland, id);
        }
        assertEquals("納坦雅胡", requireEntity(taiwan, "Q43297").mentions().get(0).surface());
        assertEquals("賀錦麗", requireEntity(taiwan, "Q10853588").mentions().get(0).surface());
    }

    @Test
    void taiwanSydneyIsNormalizedAndLinkedWithItsOriginalSurface() {
        String original = "澳洲總理將在雪梨會見川普。";
        Analysis analysis = analyzer.analyze(original);
        assertTrue(analysis.text().normalized().contains("悉尼"), analysis.text().normalized());
        assertTrue(analysis.text().normalized().startsWith("澳大利亚"), analysis.text().normalized());
        Mention sydney = requireEntity(analysis, "Q3130").mentions().get(0);
        assertEquals("雪梨", sydney.surface());
        assertEquals(original.indexOf("雪梨"), sydney.start());
        assertEquals(EntityType.LOCATION, requireEntity(analysis, "Q3130").type());
        assertEquals("澳洲", requireEntity(analysis, "Q408").mentions().get(0).surface());
    }

    @Test
    void lengthChangingConversionKeepsLaterMentionOffsetsCorrect() {
        String original = "網際網路巨頭回應川普與輝達的說法。";
        Analysis analysis = analyzer.analyze(original);
        assertTrue(analysis.text().normalized().startsWith("互联网"), analysis.text().normalized());
        // Two rewrites of different length: 網際網路 → 互联网 (one shorter), 輝達 → 英伟达 (one longer).
        assertTrue(analysis.text().normalized().contains("英伟达"), analysis.text().normalized());
        for (LinkedEntity entity : analysis.entities()) {
            for (Mention mention : entity.mentions()) {
                assertEquals(original.substring(mention.start(), mention.end()), mention.surface());
            }
        }
        Mention trump = requireEntity(analysis, "Q22686").mentions().get(0);
        assertEquals(original.indexOf("川普"), trump.start());
        Mention nvidia = requireEntity(analysis, "Q182477").mentions().get(0);
        assertEquals("輝達", nvidia.surface());
        assertEquals(original.indexOf("輝達"), nvidia.start());
    }

    @Test
    void offsetMapReturnsOriginalSurfaceOfAnyNormalizedSpan() {
        String original = "網際網路\u200B業者";
        NormalizedText text = analyzer.normalize(original);
        assertEquals("互联网业者", text.normalized());
        OffsetMap offsets = text.offsets();
        assertEquals("網際網路", original.substring(offsets.toOriginal(0), offsets.toOriginalEnd(3)));
        assertEquals("業者", original.substring(offsets.toOriginal(3), offsets.toOriginalEnd(5)));
    }

    @Test
    void fullWidthCharactersAreFolded() {
        String original = "關稅上調１０％";
        NormalizedText text = analyzer.normalize(original);
        assertTrue(text.normalized().endsWith("10%"), text.normalized());
        int percent = text.normalized().indexOf('%');
        assertEquals("％", original.substring(text.offsets().toOriginal(percent), text.offsets().toOriginalEnd(percent + 1)));
    }

    @Test
    void textWithoutHanCharactersStillWorks() {
        Analysis analysis = analyzer.analyze("Trump met MP Materials executives.");
        assertEquals(Script.NONE, analysis.text().script());
        assertEquals(Region.OTHER, analysis.text().region());
        assertEquals("Trump", requireEntity(analysis, "Q22686").mentions().get(0).surface());
        requireEntity(analysis, "org:mp-materials");
    }

    @Test
    void emptyTextGivesAnEmptyAnalysis() {
        Analysis analysis = analyzer.analyze("");
        assertEquals("", analysis.text().normalized());
        assertEquals(Script.NONE, analysis.text().script());
        assertTrue(analysis.tokens().isEmpty());
        assertTrue(analysis.entities().isEmpty());
        assertTrue(analysis.keywords().isEmpty());
    }

    @Test
    void dataVersionIsAStableHashOfTheLoadedDataFiles() {
        assertTrue(analyzer.dataVersion().matches("[0-9a-f]{12}"), analyzer.dataVersion());
        assertEquals(analyzer.dataVersion(), TextAnalyzer.createDefault().dataVersion());
    }

    @Test
    void keywordsAreContentWords() {
        Analysis analysis = analyzer.analyze("稀土出口管制升级，稀土价格上涨，稀土企业表示将扩大产能。");
        // 出口管制 is one keyword now (rejoined from 出口/管制) and may lead; HanLP takes one 稀土 into
        // the organisation 稀土企业. What must hold: 稀土 is near the top and the generic 价格 below it.
        List<String> keywords = analysis.keywords();
        assertTrue(keywords.indexOf("稀土") >= 0 && keywords.indexOf("稀土") < 2, keywords::toString);
        assertTrue(keywords.indexOf("价格") < 0 || keywords.indexOf("价格") > keywords.indexOf("稀土"), keywords::toString);
        assertTrue(keywords.contains("出口管制"), keywords::toString);
        assertTrue(analysis.keywords().size() <= 10);
        assertTrue(analysis.keywords().stream().noneMatch(k -> k.length() < 2 || k.equals("表示")), analysis.keywords()::toString);
    }

    @Test
    void unknownNamesFoundByRecognitionAreUnlinked() {
        Analysis analysis = analyzer.analyze("外交部发言人张志远表示，中方坚决反对。");
        assertTrue(analysis.entities().stream().anyMatch(e -> e.id().equals("unlinked:person:张志远")), analysis.entities()::toString);
    }

    @Test
    void createDefaultSharesOneInstanceAndIsSafeUnderConcurrentUse() throws Exception {
        assertSame(analyzer, TextAnalyzer.createDefault());
        assertSame(analyzer.gazetteer(), TextAnalyzer.createDefault().gazetteer());
        List<String> inputs = List.of("美國總統川普表示，將限制晶片出口。", "美国总统特朗普表示，将限制芯片出口。",
                "特朗普宣佈加徵關稅後，港元匯價下跌。");
        List<List<String>> expected = new ArrayList<>();
        for (String input : inputs) {
            expected.add(analyzer.analyze(input).entities().stream().map(LinkedEntity::id).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                int index = k % inputs.size();
                results.add(pool.submit(() -> analyzer.analyze(inputs.get(index)).entities().stream()
                        .map(LinkedEntity::id).toList().equals(expected.get(index))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
