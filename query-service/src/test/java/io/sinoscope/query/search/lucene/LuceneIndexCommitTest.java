package io.sinoscope.query.search.lucene;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.IndexConfig;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a Lucene commit records for crash recovery, across a simulated crash and a clean restart. */
class LuceneIndexCommitTest {

    @TempDir
    Path dir;

    private LuceneIndex open() {
        LuceneIndex index = new LuceneIndex();
        index.config = new IndexConfig() {
            @Override
            public Path directory() {
                return dir;
            }

            @Override
            public boolean ephemeral() {
                return false;
            }

            @Override
            public Duration refreshInterval() {
                return Duration.ofMillis(100);
            }

            @Override
            public Duration commitInterval() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int rebuildBatchSize() {
                return 10;
            }
        };
        index.open();
        return index;
    }

    private static IndexedArticle article(String id) {
        return new IndexedArticle(id, null, "wire", "标题", "标题", "正文" + id, "CN", Instant.parse("2025-01-01T00:00:00Z"),
                "h-" + id, Set.of(), "正文" + id, List.of("economy"), null);
    }

    @Test
    void commitRecordsItsTimeAndACrashLosesOnlyWhatCameAfter() throws Exception {
        LuceneIndex first = open();
        assertNull(first.lastCommittedAt());
        first.index(article("a"));
        Instant before = Instant.now();
        first.commit();
        first.index(article("b")); // acknowledged to Kafka, not yet committed to Lucene
        first.crashForTest();

        LuceneIndex second = open();
        assertEquals(1, second.size());
        assertNotNull(second.lastCommittedAt());
        // Everything indexed after this instant (b) is re-indexed from PostgreSQL on start.
        assertFalse(second.lastCommittedAt().isBefore(before.minusMillis(1)));
        assertFalse(second.lastCommitWasRebuilding());
        second.close();
    }

    @Test
    void aCommitIsStampedNoLaterThanAnUpdateStillInFlight() throws Exception {
        LuceneIndex first = open();
        // A consumer stores b in PostgreSQL with this time and has not added it to the index yet.
        Instant bHandedOver = first.beginUpdate();
        Thread.sleep(20);
        first.index(article("a")); // another consumer's article, added and finished
        first.commit();
        first.index(article("b"));
        first.endUpdate(bHandedOver);
        first.crashForTest();

        LuceneIndex second = open();
        assertEquals(1, second.size());
        // b's recorded time is not before the commit's, so the start-up catch-up indexes it again.
        assertFalse(second.lastCommittedAt().isAfter(bHandedOver));
        // With nothing in flight, the next commit's time moves on past it.
        Thread.sleep(20);
        second.index(article("c"));
        second.commit();
        second.crashForTest();
        LuceneIndex third = open();
        assertTrue(third.lastCommittedAt().isAfter(bHandedOver));
        third.close();
    }

    @Test
    void aMergedSegmentsFacetValuesAreDecodedBeforeAnySearchMeetsIt() throws Exception {
        LuceneIndex index = open();
        // One segment of one document per refresh; past the merge policy's segments per tier (8 in Lucene 10) it
        // merges some in the background: a segment of more than one document is a merged one.
        for (int i = 0; i < 12; i++) {
            index.index(article("m" + i));
            index.refresh();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            index.refresh();
            return index.withSearcher(searcher -> searcher.getIndexReader().leaves().stream()
                    .anyMatch(leaf -> leaf.reader().maxDoc() > 1));
        });
        index.withSearcher(searcher -> {
            for (var leaf : searcher.getIndexReader().leaves()) {
                if (leaf.reader().maxDoc() > 1) {
                    assertTrue(SegmentFacetValues.isDecoded(leaf.reader().getCoreCacheHelper().getKey()),
                            "the merge decoded its segment's facet values");
                }
            }
            return null;
        });
        index.close();
    }

    @Test
    void commitDuringARebuildIsFlaggedUntilTheRebuildEnds() throws Exception {
        LuceneIndex first = open();
        first.beginRebuild();
        first.index(article("a"));
        first.commit();
        first.crashForTest();

        LuceneIndex second = open();
        assertTrue(second.lastCommitWasRebuilding());
        second.beginRebuild();
        second.endRebuild();
        second.commit(); // no document changed, the flag still has to be written
        second.close(); // clean shutdown commits too

        LuceneIndex third = open();
        assertFalse(third.lastCommitWasRebuilding());
        assertEquals(1, third.size());
        third.refresh();
        assertEquals(List.of("a"), third.ids());
        third.close();
    }

    @Test
    void anIndexOfAnOlderFormatStaysOutdatedUntilARebuildEnds() throws Exception {
        // As a version before format 2 left it: documents without the words field, commit data without a format.
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
                var writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig(new BigramAnalyzer()))) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(IndexFields.ID, "old",
                    org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(java.util.Map.of(LuceneIndex.COMMITTED_AT, "1").entrySet());
            writer.commit();
        }
        LuceneIndex first = open();
        assertTrue(first.outdatedFormat());
        first.index(article("a")); // a consumer's article before the start-up rebuild ran
        first.commit();
        first.crashForTest();

        LuceneIndex second = open();
        assertTrue(second.outdatedFormat(), "a commit of new documents does not make the old ones current");
        second.beginRebuild();
        second.index(article("a"));
        second.delete("old");
        second.endRebuild();
        assertFalse(second.outdatedFormat());
        second.close();

        LuceneIndex third = open();
        assertFalse(third.outdatedFormat());
        third.close();
    }

    /**
     * Format 7 filed every link, possible ones too, in the entity field with its doc values, which the facet counted.
     * Such an index is outdated, still takes format 8's documents (the entity field keeps its structure; the facet
     * field is new), and once rebuilt its facet counts the sure links only while the filter finds both.
     */
    @Test
    void anIndexOfFormat7TakesPossibleLinksAndItsRebuildCountsOnlySureOnes() throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
                var writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig(new BigramAnalyzer()))) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(IndexFields.ID, "keyed",
                    org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.StringField(IndexFields.ENTITY, "person:keir-starmer",
                    org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.SortedSetDocValuesField(IndexFields.ENTITY,
                    new org.apache.lucene.util.BytesRef("person:keir-starmer")));
            writer.addDocument(doc);
            writer.setLiveCommitData(java.util.Map.of(LuceneIndex.COMMITTED_AT, "1", LuceneIndex.FORMAT, "7")
                    .entrySet());
            writer.commit();
        }
        LuceneIndex index = open();
        assertTrue(index.outdatedFormat());
        index.index(linked("listed", Set.of()));
        index.commit();
        index.beginRebuild();
        index.index(linked("keyed", Set.of("person:keir-starmer")));
        index.endRebuild();
        assertFalse(index.outdatedFormat());
        index.refresh();
        org.apache.lucene.search.Query starmer = new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(IndexFields.ENTITY, "person:keir-starmer"));
        FacetCounter.Counts counts = index.withSearcher(searcher -> searcher.search(starmer,
                new FacetCounter(searcher.getIndexReader(), 10)));
        assertEquals(2, counts.total(), "the filter finds the possible link");
        assertEquals(List.of(new FacetCounter.ValueCount("person:keir-starmer", 1)),
                counts.topByField().get(IndexFields.ENTITY_FACET));
        index.close();
    }

    private static IndexedArticle linked(String id, Set<String> possible) {
        return new IndexedArticle(id, null, "wire", "标题", "标题", "正文" + id, "CN", Instant.parse("2025-01-01T00:00:00Z"),
                "h-" + id, Set.of("person:keir-starmer"), "正文" + id, List.of(), null, possible);
    }

    @Test
    void anIndexWrittenByLucene9IsRemovedSoTheStartUpRebuildFillsItAgain() throws Exception {
        // Written by query-service on Lucene 9.12.3 (src/test/lucene9/WriteLucene9Index.java): two articles, format 7.
        Path fixture = Path.of(getClass().getResource("/lucene9-index").toURI());
        try (var files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("notes.txt"), "not Lucene's");

        LuceneIndex first = open();
        // Empty: indexing.IndexRebuilder rebuilds an empty index from PostgreSQL at start.
        assertEquals(0, first.size());
        assertNull(first.lastCommittedAt());
        assertFalse(first.lastCommitWasRebuilding());
        first.beginRebuild();
        first.index(article("lucene9-a"));
        first.endRebuild();
        first.close();

        LuceneIndex second = open();
        assertEquals(1, second.size());
        assertFalse(second.outdatedFormat());
        second.refresh();
        assertEquals(List.of("lucene9-a"), second.ids());
        second.close();
        try (var directory = FSDirectory.open(dir)) {
            assertEquals(Version.LATEST.major, SegmentInfos.readLatestCommit(directory).getIndexCreatedVersionMajor());
        }
        assertTrue(Files.exists(dir.resolve("notes.txt")), "only Lucene's files are removed");
    }

    @Test
    void aNewIndexIsOfTheCurrentFormat() throws Exception {
        LuceneIndex index = open();
        assertFalse(index.outdatedFormat());
        index.index(article("a"));
        index.close();
        LuceneIndex again = open();
        assertFalse(again.outdatedFormat());
        again.close();
    }
}
