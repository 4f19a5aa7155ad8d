package io.sinoscope.text;

import io.sinoscope.text.entity.EntityLinker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the knowledge base adds: its entities, each with an English name and a type, kept apart from the curated ids,
 * and more linked entities on the dev sentences; printed, not asserted (timings vary by machine), the linker's time on
 * them with and without it, as a ratio within one run.
 */
class KnowledgeBaseFootprintTest {

    @Test
    void mergesTheKnowledgeBaseUnderTheCuratedGazetteer() {
        Gazetteer curated = Gazetteer.curatedOnly();
        Gazetteer merged = Gazetteer.fromResources();
        assertEquals(curated.entities().size(), merged.curatedCount());
        assertTrue(merged.entities().size() > curated.entities().size() + 10_000, "entities: " + merged.entities().size());
        for (CanonicalEntity entity : merged.entities()) {
            assertFalse(entity.name().isBlank(), entity.id());
            assertFalse(entity.aliases().isEmpty(), entity.id());
        }
        // the curated entity keeps its id, name and Wikidata id; CC-CEDICT's spellings join it as aliases
        for (CanonicalEntity entity : curated.entities()) {
            CanonicalEntity same = merged.byId(entity.id()).orElseThrow();
            assertEquals(entity.name(), same.name());
            assertEquals(entity.wikidataId(), same.wikidataId());
            assertTrue(same.aliases().containsAll(entity.aliases()), entity.id());
            assertTrue(merged.isCurated(entity.id()), entity.id());
        }
        assertEquals("cedict:location:宁波市", merged.lookup("寧波市").orElseThrow().id());
        assertEquals("ning bo shi", merged.pinyin("cedict:location:宁波市"));
        System.out.printf(Locale.ROOT, "gazetteer: %d curated entities, %d with the knowledge base, %d alias forms%n",
                curated.entities().size(), merged.entities().size(), merged.aliasForms().size());
    }

    @Test
    void linksMoreWithTheKnowledgeBaseAndPrintsLinkingTime() throws IOException {
        Gazetteer merged = Gazetteer.fromResources();
        EntityLinker withKb = new EntityLinker(merged);
        EntityLinker without = new EntityLinker(Gazetteer.curatedOnly());
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        List<NormalizedText> texts = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(KnowledgeBaseDevSetTest.DEV_SET), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                Analysis analysis = analyzer.analyze(line.split("\t")[1]);
                texts.add(analysis.text());
                tokens.add(analysis.tokens());
            }
        }
        int[] linked = new int[2];
        for (int i = 0; i < texts.size(); i++) {
            linked[0] += known(without.link(texts.get(i), tokens.get(i)));
            linked[1] += known(withKb.link(texts.get(i), tokens.get(i)));
        }
        assertTrue(linked[1] > linked[0], "linked entities with/without the knowledge base: " + linked[1] + "/" + linked[0]);
        long[] nanos = new long[2];
        for (int round = 0; round < 40; round++) {
            for (int which = 0; which < 2; which++) {
                EntityLinker linker = which == 0 ? without : withKb;
                long start = System.nanoTime();
                for (int i = 0; i < texts.size(); i++) {
                    linker.link(texts.get(i), tokens.get(i));
                }
                if (round >= 10) {
                    nanos[which] += System.nanoTime() - start;
                }
            }
        }
        // rough: 25 short sentences on a shared machine; the heap is measured by bench's AnalyzerHeap
        System.out.printf(Locale.ROOT, "linking time of the dev sentences with/without the knowledge base: %.2f%n",
                nanos[1] / (double) nanos[0]);
    }

    private static int known(List<LinkedEntity> entities) {
        return (int) entities.stream().filter(e -> !e.id().startsWith("unlinked:")).count();
    }

}
