package io.sinoscope.text.entity;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.TextAnalyzer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place and a trade name a firm only with evidence ({@link PlaceFirms}); a transliterated name and a place ending
 * are one place ({@link PlaceEndings}); context types a transliterated name. Sentences written for this test, not
 * taken from any evaluation set.
 */
class PlaceFirmsTest {

    private static final TextAnalyzer ANALYZER = TextAnalyzer.createDefault();
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aPlaceAndATradeAreAFirmWhenItActs() {
        String text = "挪威电力周四宣布，将在北部新建风电场。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        String id = MentionProbe.idAt(analysis, 0, 4, EntityType.ORGANIZATION);
        assertNotNull(id, () -> "挪威电力 as a firm: " + MentionProbe.around(analysis, 0, 4, true));
        assertTrue(LinkedEntity.isUnlinked(id));
        assertNull(MentionProbe.idAt(analysis, 0, 2, null), "挪威 is part of the firm's name there");
    }

    @Test
    void aPlaceAndATradeAreADescriptionWithoutEvidence() {
        String text = "挪威电力出口今年增加，瑞典汽车产量则下降。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        for (LinkedEntity entity : analysis.entities()) {
            assertTrue(entity.type() != EntityType.ORGANIZATION, () -> "no firm here: " + entity);
        }
        assertNotNull(MentionProbe.idAt(analysis, 0, 2, EntityType.LOCATION), "挪威 stays Norway");
    }

    @Test
    void theShortFormOfAFirmNamedInFullIsTheSameFirm() {
        String text = "芬兰铜业公司周二公布季度产量。芬兰铜业的产量下降两成。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        String full = MentionProbe.idAt(analysis, 0, 6, EntityType.ORGANIZATION);
        int at = text.indexOf("芬兰铜业", 6);
        String shortForm = MentionProbe.idAt(analysis, at, at + 4, EntityType.ORGANIZATION);
        assertNotNull(full, () -> MentionProbe.around(analysis, 0, 6, true));
        assertEquals(full, shortForm, () -> MentionProbe.around(analysis, at, at + 4, true));
    }

    @Test
    void theTradeBeforeTheFirmIsNamedIsStillADescription() {
        String text = "挪威电力供应紧张。挪威电力公司周一表示，将提高进口。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        assertNotNull(MentionProbe.idAt(analysis, 0, 2, EntityType.LOCATION),
                () -> "挪威 of a description: " + MentionProbe.around(analysis, 0, 4, true));
        int at = text.indexOf("挪威电力公司");
        assertNotNull(MentionProbe.idAt(analysis, at, at + 6, EntityType.ORGANIZATION),
                () -> MentionProbe.around(analysis, at, at + 6, true));
    }

    @Test
    void aPlaceAndFcAreAClub() {
        String text = "奥斯陆FC周日客场取胜。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        assertNotNull(MentionProbe.idAt(analysis, 0, 5, EntityType.ORGANIZATION),
                () -> MentionProbe.around(analysis, 0, 5, true));
    }

    @Test
    void aTransliteratedNameAndAPlaceEndingAreOnePlace() {
        String text = "矿工在萨卡拉瓦铜矿举行罢工。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        int start = text.indexOf("萨卡拉瓦铜矿");
        assertNotNull(MentionProbe.idAt(analysis, start, start + 6, EntityType.LOCATION),
                () -> MentionProbe.around(analysis, start, start + 6, true));
    }

    @Test
    void aListedPlaceWithItsAdministrativeUnitLinksToThePlace() {
        String text = "马托格罗索州的玉米产量创新高。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        assertEquals("cedict:location:马托格罗索", MentionProbe.idAt(analysis, 0, 6, EntityType.LOCATION),
                () -> MentionProbe.around(analysis, 0, 6, true));
    }

    @Test
    void aTransliteratedNameBeforeAFirmsWordIsAnOrganisation() {
        String text = "法国企业阿尔斯通周二股价下跌，阿尔斯通表示订单延迟。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        int start = text.indexOf("阿尔斯通");
        List<Mention> mentions = analysis.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).flatMap(e -> e.mentions().stream()).toList();
        assertTrue(mentions.stream().noneMatch(m -> m.start() == start), () -> "not a person: " + mentions);
    }

    @Test
    void aFirmsPeopleAndHoldingsDoNotMakeAPersonAFirm() {
        String text = "科技富豪贝托雷利旗下的公司周二上市。";
        Analysis analysis = ANALYZER.analyze(text, NOW);
        int start = text.indexOf("贝托雷利");
        assertNull(MentionProbe.idAt(analysis, start, start + 4, EntityType.ORGANIZATION),
                () -> MentionProbe.around(analysis, start, start + 4, true));
    }
}
