package io.sinoscope.query.service;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.config.IndexConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * The embedded Lucene index of articles. Writes go through one {@link IndexWriter} (thread-safe); reads through a
 * {@link SearcherManager} reopened near-real-time by a {@link ControlledRealTimeReopenThread}, so an indexed article is searchable within
 * {@code sinoscope.index.refresh-interval}. Changes are committed every {@code commit-interval} and at shutdown; the
 * index is rebuildable from PostgreSQL, so a crash loses nothing that matters. All methods block: never call them on
 * an event-loop thread.
 */
@Startup
@ApplicationScoped
public class ArticleIndex {

    private static final Logger LOG = Logger.getLogger(ArticleIndex.class);

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

    private final Analyzer analyzer = new BigramAnalyzer();
    private Path path;
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile boolean open;

    @PostConstruct
    void open() {
        try {
            path = config.ephemeral() ? Files.createTempDirectory("sinoscope-query-index") : config.directory();
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, writerConfig);
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

    public Analyzer analyzer() {
        return analyzer;
    }

    public boolean isOpen() {
        return open && writer.isOpen();
    }

    public Path path() {
        return path;
    }

    /** Adds the article or replaces the indexed version of it. */
    public void index(IndexedArticle article) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, article.id()), toDocument(article));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + id + " from the index", e);
        }
    }

    /** Articles in the index, counting changes not yet visible to searches. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Whether the searchable index holds this version (content hash) of the article. */
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

    /** Makes every change so far visible to searches now. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the Lucene index", e);
        }
    }

    @Scheduled(every = "${sinoscope.index.commit-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCommit() {
        if (!open) {
            return;
        }
        try {
            commit();
        } catch (RuntimeException e) {
            LOG.warn("Lucene index commit failed; will retry", e);
        }
    }

    public void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the Lucene index", e);
        }
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
            writer.close(); // commits
            directory.close();
            LOG.infof("Lucene index at %s committed and closed", path);
        } catch (IOException | RuntimeException e) {
            LOG.error("Lucene index did not close cleanly; it is rebuilt from PostgreSQL if damaged", e);
        }
        if (config.ephemeral()) {
            deleteRecursively(path);
        }
    }

    static Document toDocument(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, article.id(), Field.Store.YES));
        doc.add(new Field(IndexFields.TITLE, nullToEmpty(article.normalizedTitle()), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.TEXT, nullToEmpty(article.normalizedText()), TEXT_WITH_OFFSETS));
        if (article.title() != null) {
            doc.add(new StoredField(IndexFields.ORIGINAL_TITLE, article.title()));
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
