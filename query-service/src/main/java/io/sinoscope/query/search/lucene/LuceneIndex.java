package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.IndexConfig;
import io.sinoscope.query.search.ArticleWords;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.CrashRecovery;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.snippets.OriginalSnippets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * The embedded Lucene index of articles. Writes go through one {@link IndexWriter} (thread-safe); reads through a
 * {@link SearcherManager} reopened near-real-time by a {@link ControlledRealTimeReopenThread}, so an indexed article is searchable within
 * {@code sinoscope.index.refresh-interval}. Changes are committed every {@code commit-interval} and at shutdown; the
 * index is rebuildable from PostgreSQL, so a crash loses nothing that matters. All methods block: never call them on
 * an event-loop thread. The default {@link SearchBackend}, and the one with {@link CrashRecovery}: its acknowledged
 * writes are durable only at the next commit.
 */
@ApplicationScoped
@Typed(LuceneIndex.class)
public class LuceneIndex implements SearchBackend, CrashRecovery {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);

    /** Tokenised, stored, with offsets in the postings for the unified highlighter. */
    static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT_WITH_OFFSETS = type;
    }

    @Inject
    IndexConfig config;
    /**
     * Maps normalised offsets back to the original for snippets when an article comes without the map (rebuilt from
     * PostgreSQL); null in plain unit tests.
     */
    @Inject
    io.sinoscope.text.TextAnalyzer textAnalyzer;
    @Inject
    LuceneSearch searches;

    private final Analyzer analyzer = new BigramAnalyzer();
    private Path path;
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile boolean open;
    /**
     * Start times (epoch millis, with how many started in the same millisecond) of the updates between storing a
     * version and adding it to the index. Guarded by itself, not by this object: commits hold this object's monitor
     * for as long as Lucene writes, and a consumer beginning an update must not wait for that.
     */
    private final TreeMap<Long, Integer> updatesInFlight = new TreeMap<>();
    /** Whether a rebuild from PostgreSQL is under way; recorded with every commit. */
    private volatile boolean rebuilding;
    /** The commit data must be written even without document changes (the rebuild flag changed). */
    private volatile boolean commitDataChanged;
    /** User data of the commit the index was opened from. */
    private Map<String, String> openedCommitData = Map.of();

    /**
     * Commit data: epoch millis no later than the commit, nor than the start of any update still in flight when it was
     * taken ({@link #beginUpdate}); every article handed to the index before then is in it.
     */
    static final String COMMITTED_AT = "sinoscope.committedAt";
    /** Commit data: "true" when the commit was taken in the middle of a rebuild (incomplete index). */
    static final String REBUILDING = "sinoscope.rebuilding";
    /**
     * Commit data: the {@link SearchBackend#INDEX_FORMAT} of every document in the index (absent before format 2). Stays
     * the old format in every commit until a rebuild ends, so a crash before that rebuilds again.
     */
    static final String FORMAT = "sinoscope.format";
    /** The format every document of the index is in (see {@link #FORMAT}). */
    private volatile String format = Integer.toString(INDEX_FORMAT);

    @PostConstruct
    void open() {
        try {
            path = config.ephemeral() ? Files.createTempDirectory("sinoscope-query-index") : config.directory();
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            EarlierLuceneIndex.removeIfEarlier(directory).ifPresent(reason -> LOG.infof("Removed the index at %s: an "
                    + "earlier Lucene than %s wrote it; the start-up rebuild fills it again from PostgreSQL (%s)", path,
                    org.apache.lucene.util.Version.LATEST, reason));
            IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // A merged segment's facet values are decoded on the merge thread before searches see it, not
                    // by the first search that meets it (a segment of tens of thousands of articles is the slowest
                    // decode there is, and the searcher's own request would pay it).
                    .setMergedSegmentWarmer(SegmentFacetValues::of);
            writer = new IndexWriter(directory, writerConfig);
            Map<String, String> userData = new HashMap<>();
            if (writer.getLiveCommitData() != null) {
                writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
            }
            openedCommitData = Map.copyOf(userData);
            if (writer.getDocStats().numDocs > 0) {
                format = userData.getOrDefault(FORMAT, "1");
            }
            searchers = new SearcherManager(writer, null);
            // Reopens at most refresh-interval after a change (the Quarkus scheduler cannot run below 1 s).
            double staleSeconds = config.refreshInterval().toMillis() / 1000.0;
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, staleSeconds, Math.min(0.01, staleSeconds));
            reopener.setName("lucene-nrt-reopen");
            reopener.setDaemon(true);
            reopener.start();
            open = true;
            LOG.infof("Lucene index open at %s with %d articles", path, writer.getDocStats().numDocs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene index at " + path, e);
        }
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public Optional<CrashRecovery> crashRecovery() {
        return Optional.of(this);
    }

    @Override
    public boolean isOpen() {
        return open && writer.isOpen();
    }

    public Path path() {
        return path;
    }

    @Override
    public void index(IndexedArticle article) {
        try {
            Document doc = toDocument(article);
            byte[] map = OriginalSnippets.encodeMap(textAnalyzer, article.text(), article.normalizedText(),
                    article.textOffsets());
            if (map != null) {
                doc.add(new StoredField(IndexFields.OFFSET_MAP, new BytesRef(map)));
            }
            writer.updateDocument(new Term(IndexFields.ID, article.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
    }

    /** In parallel: each document's offset map may re-run the normaliser (CPU-bound); IndexWriter is thread-safe. */
    @Override
    public void indexAll(List<IndexedArticle> articles) {
        articles.parallelStream().forEach(this::index);
    }

    @Override
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + id + " from the index", e);
        }
    }

    @Override
    public int size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public boolean hasVersion(String id, String contentHash) {
        return withSearcher(searcher -> {
            TopDocs docs = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (docs.scoreDocs.length == 0) {
                return false;
            }
            String indexed = searcher.storedFields().document(docs.scoreDocs[0].doc).get(IndexFields.CONTENT_HASH);
            return contentHash == null ? indexed == null : contentHash.equals(indexed);
        });
    }

    /**
     * Begins an update: call before storing a version that will then be added to the index, record the time returned
     * as the version's {@code indexedAt}, and call {@link #endUpdate} once it is added (or failed). Until then no
     * commit records a time later than this one, so whatever a crash loses from the index between the store and the
     * add, or before the next commit, has {@code indexedAt} at or after the last commit's time and is indexed again
     * on start. Reading the clock and registering are one step under the lock the commit reads them under, so no
     * update can begin "before" a commit's time without the commit seeing it.
     */
    @Override
    public Instant beginUpdate() {
        synchronized (updatesInFlight) {
            long now = System.currentTimeMillis();
            updatesInFlight.merge(now, 1, Integer::sum);
            return Instant.ofEpochMilli(now);
        }
    }

    @Override
    public void endUpdate(Instant started) {
        synchronized (updatesInFlight) {
            updatesInFlight.computeIfPresent(started.toEpochMilli(), (time, count) -> count == 1 ? null : count - 1);
        }
    }

    /** The time a commit taken now may record: now, or the start of the oldest update still in flight. */
    private long commitStamp() {
        synchronized (updatesInFlight) {
            long now = System.currentTimeMillis();
            return updatesInFlight.isEmpty() ? now : Math.min(now, updatesInFlight.firstKey());
        }
    }

    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the Lucene index", e);
        }
    }

    @Override
    public SearchPage search(SearchRequest request) {
        return withSearcher(searcher -> searches.run(searcher, analyzer, request));
    }

    /** From the terms dictionary of the word field: no document is read. Deleted versions count until merged away. */
    @Override
    public WordCounts documentFrequencies(Collection<String> words) {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Map<String, Long> frequencies = new HashMap<>();
            for (String word : words) {
                frequencies.put(word, (long) reader.docFreq(new Term(IndexFields.WORDS, word)));
            }
            return new WordCounts(reader.numDocs(), frequencies);
        });
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the Lucene index", e);
        }
    }

    /** When the commit the index was opened from was taken; null for an index never committed by this code. */
    @Override
    public java.time.Instant lastCommittedAt() {
        String stamp = openedCommitData.get(COMMITTED_AT);
        return stamp == null ? null : java.time.Instant.ofEpochMilli(Long.parseLong(stamp));
    }

    /** Whether the commit the index was opened from was taken during a rebuild that then did not finish. */
    @Override
    public boolean lastCommitWasRebuilding() {
        return Boolean.parseBoolean(openedCommitData.get(REBUILDING));
    }

    /** False: the index is this process's own, on its own disk. */
    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public boolean outdatedFormat() {
        return !format.equals(Integer.toString(INDEX_FORMAT));
    }

    @Override
    public void beginRebuild() {
        rebuilding = true;
        commitDataChanged = true;
    }

    @Override
    public void endRebuild() {
        rebuilding = false;
        format = Integer.toString(INDEX_FORMAT);
        commitDataChanged = true;
    }

    /** Ids of every live document in the current searcher (call {@link #refresh()} first for the latest). */
    @Override
    public List<String> ids() {
        return withSearcher(searcher -> {
            List<String> ids = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(stored.document(doc, java.util.Set.of(IndexFields.ID)).get(IndexFields.ID));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Makes every change so far durable. The commit records a time ({@value #COMMITTED_AT}, see {@link #beginUpdate}):
     * on start, articles PostgreSQL records as handed to the index since then are indexed again (see
     * {@code indexing.IndexRebuilder}), which is what makes acknowledging a Kafka record before the next Lucene commit safe.
     */
    @Override
    public synchronized void commit() {
        try {
            if (writer.hasUncommittedChanges() || commitDataChanged) {
                // Read before committing: every document handed over before this instant is in the commit.
                long stamp = commitStamp();
                writer.setLiveCommitData(Map.of(COMMITTED_AT, Long.toString(stamp),
                        REBUILDING, Boolean.toString(rebuilding), FORMAT, format).entrySet());
                commitDataChanged = false;
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the Lucene index", e);
        }
    }

    /** Test hook for a crash: drops every change since the last commit and closes, as a killed process would. */
    public void crashForTest() throws IOException {
        open = false;
        reopener.close();
        searchers.close();
        writer.rollback();
        directory.close();
    }

    @PreDestroy
    void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            reopener.close();
            searchers.close();
            commit();
            writer.close();
            directory.close();
            LOG.infof("Lucene index at %s committed and closed", path);
        } catch (IOException | RuntimeException e) {
            LOG.error("Lucene index did not close cleanly; it is rebuilt from PostgreSQL if damaged", e);
        }
        if (config.ephemeral()) {
            deleteRecursively(path);
        }
    }

    public static Document toDocument(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.ID_SORT, new BytesRef(article.id())));
        doc.add(new Field(IndexFields.TITLE, nullToEmpty(article.normalizedTitle()), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.TEXT, nullToEmpty(article.normalizedText()), TEXT_WITH_OFFSETS));
        for (String word : ArticleWords.of(article.normalizedTitle(), article.normalizedText())) {
            doc.add(new StringField(IndexFields.WORDS, word, Field.Store.NO));
        }
        if (article.title() != null) {
            doc.add(new StoredField(IndexFields.ORIGINAL_TITLE, article.title()));
        }
        if (article.text() != null) {
            // The original, for snippets in the script the article was written in (SearchService).
            doc.add(new StoredField(IndexFields.ORIGINAL_TEXT, article.text()));
        }
        if (article.externalId() != null) {
            doc.add(new StoredField(IndexFields.EXTERNAL_ID, article.externalId()));
        }
        if (article.contentHash() != null) {
            doc.add(new StoredField(IndexFields.CONTENT_HASH, article.contentHash()));
        }
        for (String entityId : article.entityIds()) {
            keyword(doc, IndexFields.ENTITY, entityId);
        }
        // The facet counts sure links only; a possible link is filed above, for the filter, and stored for the hit.
        for (String entityId : article.sureEntityIds()) {
            if (!entityId.isEmpty()) {
                doc.add(new SortedSetDocValuesField(IndexFields.ENTITY_FACET, new BytesRef(entityId)));
            }
        }
        for (String entityId : article.possibleEntityIds()) {
            doc.add(new StoredField(IndexFields.ENTITY_POSSIBLE, entityId));
        }
        for (String topic : article.topics()) {
            keyword(doc, IndexFields.TOPIC, topic);
        }
        keyword(doc, IndexFields.SOURCE, article.source());
        keyword(doc, IndexFields.REGION, article.region());
        if (article.publishedAt() != null) {
            long millis = article.publishedAt().toEpochMilli();
            doc.add(new LongPoint(IndexFields.PUBLISHED_AT, millis));
            doc.add(new NumericDocValuesField(IndexFields.PUBLISHED_AT, millis));
            doc.add(new StoredField(IndexFields.PUBLISHED_AT, millis));
        }
        return doc;
    }

    /** Exact-match, stored and facetable. */
    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete temporary index %s: %s", root, e.getMessage());
        }
    }
}
