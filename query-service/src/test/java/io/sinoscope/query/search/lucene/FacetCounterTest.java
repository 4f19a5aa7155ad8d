package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Facet counts over several segments — multi-valued fields, documents without a value, deleted documents, values
 * that exist in one segment only — and the decoded per-segment values being released with their segments.
 */
class FacetCounterTest {

    @Test
    void countsEveryHitsValuesAcrossSegmentsAndSkipsDeletedDocuments() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(article("a1", "TW", List.of("trump", "tsmc"), List.of("chips")));
            writer.addDocument(article("a2", "CN", List.of("trump"), List.of()));
            writer.commit(); // first segment
            writer.addDocument(article("a3", "TW", List.of("tsmc", "nvidia"), List.of("chips", "tariffs")));
            writer.addDocument(article("a4", "HK", List.of(), List.of("tariffs")));
            writer.addDocument(article("a5", "TW", List.of("trump"), List.of()));
            writer.commit(); // second segment
            writer.deleteDocuments(new Term(IndexFields.ID, "a5"));
            writer.commit();

            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(2, reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetCounter.Counts all = searcher.search(new MatchAllDocsQuery(),
                        new FacetCounter(reader, 10));
                assertEquals(4, all.total());
                assertEquals(Map.of("trump", 2, "tsmc", 2, "nvidia", 1), counts(all, IndexFields.ENTITY_FACET));
                assertEquals(List.of("trump", "tsmc", "nvidia"), values(all, IndexFields.ENTITY_FACET),
                        "higher count first, then value order");
                assertEquals(Map.of("TW", 2, "CN", 1, "HK", 1), counts(all, IndexFields.REGION));
                assertEquals(Map.of("chips", 2, "tariffs", 2), counts(all, IndexFields.TOPIC));
                assertEquals(Map.of(), counts(all, IndexFields.SOURCE));

                FacetCounter.Counts taiwan = searcher.search(new TermQuery(new Term(IndexFields.REGION, "TW")),
                        new FacetCounter(reader, 1));
                assertEquals(2, taiwan.total());
                assertEquals(List.of("tsmc"), values(taiwan, IndexFields.ENTITY_FACET),
                        "the limit keeps the top value");
            }
        }
    }

    @Test
    void aNearRealTimeSegmentsNewValuesAreCountedAndTiesStillGoByValue() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(article("n1", "CN", List.of("zz-late-in-order", "mm-middle"), List.of()));
            writer.commit();
            try (DirectoryReader first = DirectoryReader.open(writer)) {
                new IndexSearcher(first).search(new MatchAllDocsQuery(), new FacetCounter(first, 10));
            }
            // Values first met after the earlier ones were numbered, in a segment of a refreshed reader.
            writer.addDocument(article("n2", "MO", List.of("aa-first-in-order", "zz-late-in-order"), List.of()));
            writer.addDocument(article("n3", "MO", List.of("aa-first-in-order", "mm-middle"), List.of()));
            try (DirectoryReader refreshed = DirectoryReader.open(writer)) {
                assertEquals(2, refreshed.leaves().size());
                FacetCounter.Counts counts = new IndexSearcher(refreshed).search(new MatchAllDocsQuery(),
                        new FacetCounter(refreshed, 2));
                assertEquals(List.of("aa-first-in-order", "mm-middle"), values(counts, IndexFields.ENTITY_FACET),
                        "three values tie at 2: the two that sort first, in value order, whatever order they were met");
                assertEquals(Map.of("MO", 2, "CN", 1), counts(counts, IndexFields.REGION));
            }
        }
    }

    @Test
    void decodedValuesAreReleasedWhenTheirSegmentsAreMergedAway() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int segment = 0; segment < 3; segment++) {
                writer.addDocument(article("s" + segment, "CN", List.of("e" + segment), List.of()));
                writer.commit();
            }
            List<IndexReader.CacheKey> merged;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetCounter(reader, 10));
                merged = cores(reader);
                assertEquals(3, merged.size());
                merged.forEach(core -> assertTrue(SegmentFacetValues.isDecoded(core)));
                writer.forceMerge(1);
                writer.commit();
            }
            // The old reader is closed and the merge dropped its segments: their arrays must go with them.
            merged.forEach(core -> assertFalse(SegmentFacetValues.isDecoded(core)));
            List<IndexReader.CacheKey> current;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                FacetCounter.Counts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
                        new FacetCounter(reader, 10));
                assertEquals(Map.of("e0", 1, "e1", 1, "e2", 1), counts(counts, IndexFields.ENTITY_FACET));
                current = cores(reader);
                assertTrue(SegmentFacetValues.isDecoded(current.get(0)));
            }
            assertFalse(SegmentFacetValues.isDecoded(current.get(0)));
        }
    }

    /**
     * An article's possible link is filed under the entity (the filter finds it) and stored (the hit names it), but
     * the facet counts only the articles that link the entity surely.
     */
    @Test
    void aPossibleLinkIsFilteredOnButNotCounted() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(LuceneIndex.toDocument(new IndexedArticle("keyed", null, "wire", "英法会谈", "英法会谈",
                    "英国首相史塔默会见法国总统", "TW", Instant.parse("2025-04-09T02:00:00Z"), "h1",
                    Set.of("person:keir-starmer", "Q142"), null, List.of(), null, Set.of("person:keir-starmer"))));
            writer.addDocument(LuceneIndex.toDocument(new IndexedArticle("listed", null, "wire", "英法会谈", "英法会谈",
                    "英国首相斯塔默会见法国总统", "CN", Instant.parse("2025-04-09T03:00:00Z"), "h2",
                    Set.of("person:keir-starmer", "Q142"))));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermQuery starmer = new TermQuery(new Term(IndexFields.ENTITY, "person:keir-starmer"));
                FacetCounter.Counts counts = searcher.search(starmer, new FacetCounter(reader, 10));
                assertEquals(2, counts.total(), "the filter finds the possible link too");
                assertEquals(Map.of("person:keir-starmer", 1, "Q142", 2), counts(counts, IndexFields.ENTITY_FACET));
                Map<String, List<String>> possible = new java.util.TreeMap<>();
                for (var hit : searcher.search(starmer, 10).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    possible.put(doc.get(IndexFields.ID), List.of(doc.getValues(IndexFields.ENTITY_POSSIBLE)));
                }
                assertEquals(Map.of("keyed", List.of("person:keir-starmer"), "listed", List.of()), possible);
            }
        }
    }

    private static List<IndexReader.CacheKey> cores(DirectoryReader reader) {
        return reader.leaves().stream().map(leaf -> leaf.reader().getCoreCacheHelper().getKey()).toList();
    }

    private static Document article(String id, String region, List<String> entities, List<String> topics) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        doc.add(new StringField(IndexFields.REGION, region, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(IndexFields.REGION, new BytesRef(region)));
        entities.forEach(e -> doc.add(new SortedSetDocValuesField(IndexFields.ENTITY_FACET, new BytesRef(e))));
        topics.forEach(t -> doc.add(new SortedSetDocValuesField(IndexFields.TOPIC, new BytesRef(t))));
        return doc;
    }

    private static Map<String, Integer> counts(FacetCounter.Counts counts, String field) {
        return counts.topByField().get(field).stream()
                .collect(Collectors.toMap(FacetCounter.ValueCount::value, FacetCounter.ValueCount::count));
    }

    private static List<String> values(FacetCounter.Counts counts, String field) {
        return counts.topByField().get(field).stream().map(FacetCounter.ValueCount::value).toList();
    }
}
