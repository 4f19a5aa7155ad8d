package io.sinoscope.text.entity;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.Region;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same story told in mainland, Hong Kong and Taiwan style yields the same canonical entities. */
class CrossRegionLinkingTest {

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();

    // One invented story, written three times the way each region's press would write it.
    private static final String MAINLAND = "美国总统特朗普周三表示，将对进口芯片加征关税。商务部长卢特尼克说，英伟达和台积电"
            + "需要在美国扩大生产。中国商务部回应称，中方将采取必要措施。国务卿鲁比奥随后前往悉尼，与澳大利亚外长黄英贤会谈，"
            + "鲁比奥说双方讨论了稀土供应链。";
    private static final String HONG_KONG = "美國總統特朗普周三表示，將對進口晶片加徵關稅。商務部長盧特尼克說，英偉達和台積電"
            + "需要在美國擴大生產。中國商務部回應稱，中方將採取必要措施。國務卿魯比奧隨後前往悉尼，與澳洲外長黃英賢會談，"
            + "魯比奧說雙方討論了稀土供應鏈。";
    private static final String TAIWAN = "美國總統川普週三表示，將對進口晶片課徵關稅。商務部長盧特尼克說，輝達與台積電"
            + "需要在美國擴大生產。中國商務部回應稱，中方將採取必要措施。國務卿盧比歐隨後前往雪梨，與澳洲外長黃英賢會談，"
            + "盧比歐說雙方討論了稀土供應鏈。";

    private Set<String> linkedIds(String text) {
        return analyzer.analyze(text).entities().stream().map(LinkedEntity::id)
                .filter(id -> !id.startsWith("unlinked:")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sameStoryInThreeRegionalStylesLinksTheSameEntities() {
        Set<String> mainland = linkedIds(MAINLAND);
        // 中国 is inside 中国商务部, which links as one organisation.
        assertEquals(Set.of("Q22686", "Q30", "person:howard-lutnick", "Q182477", "org:tsmc", "org:mofcom",
                "person:marco-rubio", "Q3130", "Q408", "person:penny-wong", "other:rare-earths"), mainland);
        assertEquals(mainland, linkedIds(HONG_KONG), "Hong Kong");
        assertEquals(mainland, linkedIds(TAIWAN), "Taiwan");
    }

    @Test
    void repeatedShortMentionAfterAFullOneIsTheSameEntityWithHigherConfidence() {
        Analysis analysis = analyzer.analyze("国务卿鲁比奥抵达悉尼。鲁比奥说会谈顺利。");
        LinkedEntity rubio = analysis.entities().stream().filter(e -> e.id().equals("person:marco-rubio")).findFirst().orElseThrow();
        assertEquals(2, rubio.mentions().size());
        assertTrue(rubio.mentions().get(0).confidence() > rubio.mentions().get(1).confidence() - 1e-9,
                "titled mention is at least as certain: " + rubio.mentions());

        Analysis trump = analyzer.analyze("唐纳德·特朗普周一发表讲话。川普称关税将继续。");
        LinkedEntity entity = trump.entities().get(0);
        assertEquals("Q22686", entity.id());
        Mention shortForm = entity.mentions().get(1);
        assertEquals("川普", shortForm.surface());
        assertEquals(EntityLinker.SHORT_AFTER_FULL, shortForm.confidence(), 1e-9);
    }

    @Test
    void ambiguousSurnameAfterADottedFullNameLinksToThatPerson() {
        Analysis analysis = analyzer.analyze("美国司法部长帕姆·邦迪周三发表讲话，邦迪表示将加强执法。");
        LinkedEntity bondi = analysis.entities().stream().filter(e -> e.id().equals("person:pam-bondi")).findFirst().orElseThrow();
        assertEquals(2, bondi.mentions().size(), bondi::toString);
        assertEquals("邦迪", bondi.mentions().get(1).surface());
        assertTrue(analysis.entities().stream().anyMatch(e -> e.id().equals("Q30")), "美国 inside the role title");
        assertTrue(analysis.entities().stream().noneMatch(e -> e.id().equals("org:doj-us")), "a role title is not the ministry");
    }

    @Test
    void unknownPersonMergesAcrossTaiwanAndMainlandArticles() {
        Analysis taiwan = analyzer.analyze("據報導，晶片廠發言人張志遠表示，公司將因應川普的關稅，擴大在美投資與軟體研發。");
        Analysis mainland = analyzer.analyze("据报道，芯片厂发言人张志远表示，公司将因应特朗普的关税，扩大在美投资与软件研发。");
        assertEquals(Region.TAIWAN, taiwan.text().region());
        Set<String> fromTaiwan = taiwan.entities().stream().map(LinkedEntity::id).collect(Collectors.toSet());
        assertTrue(fromTaiwan.contains("unlinked:person:张志远"), fromTaiwan::toString);
        assertTrue(mainland.entities().stream().anyMatch(e -> e.id().equals("unlinked:person:张志远")));
        LinkedEntity person = taiwan.entities().stream().filter(e -> e.id().equals("unlinked:person:张志远")).findFirst().orElseThrow();
        assertEquals("張志遠", person.mentions().get(0).surface(), "mentions keep the original characters");
        assertTrue(person.mentions().get(0).confidence() < EntityLinker.SHORT_ALIAS, "unlinked names are least certain");
    }

    @Test
    void everyMentionHasAConfidenceInRangeAndGazetteerTypesWin() {
        Analysis analysis = analyzer.analyze("美國總統川普與輝達執行長黃仁勳會面，那就太好了，关税将会提高。");
        for (LinkedEntity entity : analysis.entities()) {
            for (Mention mention : entity.mentions()) {
                assertTrue(mention.confidence() > 0 && mention.confidence() <= 1, mention::toString);
            }
            assertTrue(!entity.name().equals("那就太") && !entity.name().equals("关税将会"), entity::toString);
        }
        assertTrue(analysis.entities().stream().anyMatch(e -> e.id().equals("Q182477")
                && e.type() == io.sinoscope.text.EntityType.ORGANIZATION));
    }

    @Test
    void bareMinistryNamesFollowTheRegionOfTheText() {
        Analysis taiwan = analyzer.analyze("外交部今天表示，將與美國在晶片與軟體領域深化合作，川普政府也表達歡迎。");
        Analysis mainland = analyzer.analyze("外交部今天表示，将与美国在芯片和软件领域深化合作，特朗普政府也表示欢迎。");
        assertEquals(Region.TAIWAN, taiwan.text().region());
        assertTrue(taiwan.entities().stream().anyMatch(e -> e.id().equals("org:mofa-taiwan")), taiwan.entities()::toString);
        assertTrue(mainland.entities().stream().anyMatch(e -> e.id().equals("org:mfa-china")), mainland.entities()::toString);
    }

    @Test
    void titleBeforeAnAmbiguousSurnameLinksIt() {
        Analysis analysis = analyzer.analyze("美国司法部长邦迪周三表示，能源部长赖特也将出席。");
        Set<String> ids = analysis.entities().stream().map(LinkedEntity::id).collect(Collectors.toSet());
        assertTrue(ids.contains("person:pam-bondi"), ids::toString);
        assertTrue(ids.contains("person:chris-wright"), ids::toString);
        Analysis untitled = analyzer.analyze("邦迪创可贴销量上升。");
        assertTrue(untitled.entities().stream().noneMatch(e -> e.id().equals("person:pam-bondi")), untitled.entities()::toString);
    }

    @Test
    void ordinaryWordsBeginningWithAnAliasDoNotLinkIt() {
        Set<String> ids = linkedIds("沙特的石油日产量下降，三星堆遗址出土文物，货轮驶入阿巴斯港，华盛顿州州长表态。");
        assertTrue(!ids.contains("org:nissan") && !ids.contains("org:samsung-electronics"), ids::toString);
        assertTrue(ids.contains("loc:bandar-abbas") && !ids.contains("person:mahmoud-abbas"), ids::toString);
        assertTrue(ids.contains("loc:washington-state") && !ids.contains("Q61"), ids::toString);
    }
}
