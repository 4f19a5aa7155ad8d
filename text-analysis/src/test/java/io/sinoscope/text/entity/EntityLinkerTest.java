package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLinkerTest {

    private final EntityLinker linker = new EntityLinker(Gazetteer.fromResources());

    private static NormalizedText simplified(String text) {
        return new NormalizedText(text, text, Script.SIMPLIFIED, Region.MAINLAND, 1.0, OffsetMap.identity(text.length()));
    }

    @Test
    void groupsRepeatedMentionsOfOneEntity() {
        NormalizedText text = simplified("特朗普说，Trump will decide。特朗普");
        List<LinkedEntity> entities = linker.link(text, List.of());
        assertEquals(1, entities.size());
        assertEquals(3, entities.get(0).mentions().size());
        assertEquals("Trump", entities.get(0).mentions().get(1).surface());
    }

    @Test
    void anUnlistedSpellingOfAListedTransliteratedNameJoinsItsEntityByPhoneticKey() {
        // The knowledge base lists 卢萨卡 and Taiwan's 路沙卡 for Lusaka; 卢沙卡 is neither, but sounds the same.
        NormalizedText text = simplified("赞比亚首都卢沙卡今天宣布");
        List<Token> tokens = List.of(new Token("赞比亚", "ns", 0, 3), new Token("首都", "n", 3, 5),
                new Token("卢沙卡", "ns", 5, 8), new Token("今天", "t", 8, 10), new Token("宣布", "v", 10, 12));
        LinkedEntity lusaka = linker.link(text, tokens).stream()
                .filter(e -> e.mentions().get(0).surface().equals("卢沙卡")).findFirst().orElseThrow();
        assertEquals("cedict:location:卢萨卡", lusaka.id());
        assertEquals(EntityType.LOCATION, lusaka.type());
        assertTrue(LinkedEntity.possible(lusaka.id(), lusaka.mentions().stream().map(m -> m.confidence()).toList()),
                "a join by key is a possible link: " + lusaka.mentions());
        assertTrue(linker.idsByKey("卢沙卡").contains("cedict:location:卢萨卡"), linker.idsByKey("卢沙卡").toString());
        assertEquals(List.of(), linker.idsByKey("王毅"), "not a transliterated name: no key");
    }

    @Test
    void aSpellingTaggedWithAnotherTypeJoinsAListedNameOnlyWithContextSupport() {
        // 卢沙卡 has the key of the listed place 卢萨卡; tagged a person with nothing to say so, it stays unlinked.
        NormalizedText text = simplified("他说卢沙卡今天宣布");
        List<Token> tokens = List.of(new Token("他", "r", 0, 1), new Token("说", "v", 1, 2),
                new Token("卢沙卡", "nr", 2, 5), new Token("今天", "t", 5, 7), new Token("宣布", "v", 7, 9));
        assertTrue(linker.link(text, tokens).stream().noneMatch(e -> e.id().equals("cedict:location:卢萨卡")));
        assertTrue(linker.possibleLink("cedict:location:卢萨卡", List.of("卢沙卡")), "joined by key alone");
        assertFalse(linker.possibleLink("cedict:location:卢萨卡", List.of("卢萨卡")), "a listed name");
    }

    @Test
    void aCompoundInsideALongerRecognisedTransliteratedNameIsNotTaken() {
        // HanLP reads 费尔德海|姆; 尔德海 would be "a sea" (a name and the head 海) if taken alone.
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        List<LinkedEntity> entities = analyzer.analyze("德國經濟部長費爾德海姆週三表示，德國將擴大對華投資審查。").entities();
        assertTrue(entities.stream().anyMatch(e -> e.id().equals("unlinked:name:~fei-de-hai-mu")
                && e.mentions().get(0).surface().equals("費爾德海姆")), entities.toString());
    }

    @Test
    void unknownRecognisedNamesAreReportedUnlinked() {
        NormalizedText text = simplified("发言人张三会见王毅");
        List<Token> tokens = List.of(new Token("发言人", "nnt", 0, 3), new Token("张三", "nr", 3, 5),
                new Token("会见", "v", 5, 7), new Token("王毅", "nr", 7, 9));
        List<LinkedEntity> entities = linker.link(text, tokens);
        assertEquals(2, entities.size());
        assertEquals("unlinked:person:张三", entities.get(0).id());
        assertEquals("张三", entities.get(0).name());
        assertEquals(EntityType.PERSON, entities.get(0).type());
        assertEquals("person:wang-yi", entities.get(1).id());
        assertEquals(1, entities.get(1).mentions().size(), "gazetteer match and tag must not double count");
    }

    @Test
    void aTaggedTwoCharacterWordWithNoEvidenceOfANameIsNotReported() {
        NormalizedText text = simplified("多名高管增持股票");
        List<Token> tokens = List.of(new Token("多", "a", 0, 1), new Token("名", "q", 1, 2), new Token("高管", "nr", 2, 4),
                new Token("增持", "nz", 4, 6), new Token("股票", "n", 6, 8));
        assertEquals(List.of(), linker.link(text, tokens));
    }

    @Test
    void recognisedNameThatIsAnAliasIsLinkedOnceToItsEntity() {
        NormalizedText text = simplified("赫格塞思和阿斯彭基金");
        List<Token> tokens = List.of(new Token("赫格塞思", "nr", 0, 4), new Token("和", "cc", 4, 5),
                new Token("阿斯彭基金", "nt", 5, 10));
        List<LinkedEntity> entities = linker.link(text, tokens);
        assertEquals(List.of("person:pete-hegseth", "unlinked:organization:~a-si-ben基金"),
                entities.stream().map(LinkedEntity::id).toList());
        assertEquals(1, entities.get(0).mentions().size());
    }

    @Test
    void mentionsAreReportedInOriginalTextCoordinates() {
        // Original has a zero-width space removed by cleaning: normalized offset 3 is original 4.
        String original = "会见​川普";
        OffsetMap offsets = new OffsetMap.Builder(5).add(0, 1).add(1, 2).add(3, 4).add(4, 5).build();
        NormalizedText text = new NormalizedText(original, "会见川普", Script.SIMPLIFIED, Region.TAIWAN, 1.0, offsets);
        Mention mention = linker.link(text, List.of()).get(0).mentions().get(0);
        assertEquals(new Mention("川普", 3, 5, EntityLinker.SHORT_ALIAS), mention);
    }

    @Test
    void singleCharacterTagsAndNonNameTagsAreIgnored() {
        NormalizedText text = simplified("美方表示");
        List<Token> tokens = List.of(new Token("美", "ns", 0, 1), new Token("方", "n", 1, 2), new Token("表示", "v", 2, 4));
        assertEquals(List.of(), linker.link(text, tokens));
    }

    @Test
    void anOrganisationNestedInAnotherIsTheWholeSpanAndTheInnerOne() {
        // 美国商务部 and 工业与安全局 are both listed; written together they name the bureau of the department.
        NormalizedText text = simplified("美国商务部工业与安全局宣布新规");
        List<Token> tokens = List.of(new Token("美国商务部", "nt", 0, 5), new Token("工业与安全局", "nt", 5, 11),
                new Token("宣布", "v", 11, 13), new Token("新规", "n", 13, 15));
        List<LinkedEntity> entities = linker.link(text, tokens);
        assertEquals(List.of("org:bis-us"), entities.stream().map(LinkedEntity::id).toList());
        assertEquals("美国商务部工业与安全局", entities.get(0).mentions().get(0).surface());
    }

    @Test
    void aPlacesBodyTakesThePlaceAndItsAbbreviationJoinsIt() {
        // 钢铁协会 names nothing alone; after a place it is that place's association, and 越钢协 abbreviates it.
        NormalizedText text = simplified("越南钢铁协会表示欢迎。越钢协认为");
        List<Token> tokens = List.of(new Token("越南", "nsf", 0, 2), new Token("钢铁协会", "nt", 2, 6),
                new Token("表示", "v", 6, 8), new Token("欢迎", "v", 8, 10), new Token("。", "w", 10, 11),
                new Token("越钢协", "j", 11, 14), new Token("认为", "v", 14, 16));
        List<LinkedEntity> entities = linker.link(text, tokens);
        assertEquals(1, entities.size(), entities.toString());
        assertEquals("unlinked:organization:越南钢铁协会", entities.get(0).id());
        assertEquals(List.of("越南钢铁协会", "越钢协"), entities.get(0).mentions().stream().map(Mention::surface).toList());
    }

    @Test
    void aDescriptionAfterAQuantifierIsNoOrganisation() {
        NormalizedText text = simplified("一家美国电力公司表示");
        List<Token> tokens = List.of(new Token("一", "m", 0, 1), new Token("家", "q", 1, 2), new Token("美国", "nsf", 2, 4),
                new Token("电力公司", "nis", 4, 8), new Token("表示", "v", 8, 10));
        assertEquals(List.of("Q30"), linker.link(text, tokens).stream().map(LinkedEntity::id).toList());
    }

    @Test
    void tagPrefixesMapToEntityTypes() {
        assertEquals(EntityType.PERSON, EntityLinker.nameType("nrf").orElseThrow());
        assertEquals(EntityType.LOCATION, EntityLinker.nameType("nsf").orElseThrow());
        assertEquals(EntityType.ORGANIZATION, EntityLinker.nameType("ntc").orElseThrow());
        assertEquals(true, EntityLinker.nameType("nnt").isEmpty());
    }

    @Test
    void aListedNameInsideALongerWordOrAcrossTwoWordsIsNotLinked() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        // 印度 inside 印度洋, 荷兰 inside 荷兰猪, 湖南 across 洞庭湖|南岸: the dictionary's words are not the name.
        assertFalse(linkedIds(analyzer, "印度洋海温偏高，气象部门预计降雨增多。").contains("Q668"));
        assertFalse(linkedIds(analyzer, "孩子想养一只荷兰猪当宠物。").contains("Q55"));
        assertFalse(linkedIds(analyzer, "洞庭湖南岸的湿地迎来候鸟。").stream().anyMatch(id -> id.contains("湖南")));
        // The same names as words, at the head of a government or administrative name, before a belonging affix.
        assertTrue(linkedIds(analyzer, "印度总理会见了来访的外长。").contains("Q668"));
        assertTrue(linkedIds(analyzer, "荷兰限制光刻机对华出口。").contains("Q55"));
        assertTrue(linkedIds(analyzer, "美国政府公布了新的出口管制规则。").contains("Q30"));
        assertTrue(linkedIds(analyzer, "两名英国籍船员获救。").contains("Q145"));
        assertTrue(linkedIds(analyzer, "泰晤士河畔的游客明显增多。").stream().anyMatch(id -> id.contains("泰晤士河")));
    }

    private static List<String> linkedIds(TextAnalyzer analyzer, String text) {
        return analyzer.analyze(text).entities().stream().map(LinkedEntity::id).toList();
    }
}
