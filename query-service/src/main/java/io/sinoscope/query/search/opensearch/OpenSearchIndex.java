package io.sinoscope.query.search.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.search.IndexConfig;
import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.CrashRecovery;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.snippets.HighlightQuery;
import io.sinoscope.text.TextAnalyzer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The articles in an OpenSearch cluster, for when one machine's embedded index is not enough: many stateless
 * query-service replicas, or an archive larger than a disk. The analysis stays ours: documents carry the normalised
 * text, analysed by the index template's bigram analyzer exactly as {@link BigramAnalyzer} does, and the canonical
 * entity ids ({@link OpenSearchDocuments}); queries are the same clause expansion as the Lucene backend
 * ({@link ClauseExpansion}) in OpenSearch's DSL ({@link OpenSearchDsl}). OpenSearch ranks (BM25 plus the same
 * freshness feature) and counts facets (terms aggregations; exact on one shard). Snippets are cut here, by the same
 * highlighter analysing the page's hits again, so they are mapped back to the original text exactly as on the
 * embedded index.
 *
 * <p>Writes go to an alias ({@code sinoscope.opensearch.index}). A rebuild fills a fresh physical index while every
 * write also goes there, then moves the alias in one atomic step and drops the old index
 * ({@link OpenSearchIndexAdmin}). Each acknowledged write is durable in OpenSearch's translog, so there is no commit
 * to wait for and nothing to catch up after a crash: this backend has no {@link CrashRecovery}.
 */
@ApplicationScoped
@Typed(OpenSearchIndex.class)
public class OpenSearchIndex implements SearchBackend {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndex.class);

    /** Ids read per page when listing the index. */
    private static final int ID_PAGE = 1000;
    /** Words whose document frequencies one request asks for. */
    private static final int WORDS_PER_REQUEST = 500;

    @Inject
    OpenSearchConfig config;
    @Inject
    IndexConfig indexConfig;
    @Inject
    SearchConfig searchConfig;
    @Inject
    ClauseExpansion expansion;
    @Inject
    TextAnalyzer textAnalyzer;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    OpenSearchClient client;

    private OpenSearchIndexAdmin admin;
    private OpenSearchDsl dsl;
    private OpenSearchDocuments documents;
    private String alias;
    /** The physical index a rebuild is filling, or null. */
    private volatile String rebuildTarget;
    /** Whether the alias's index was created from an older template (see {@link SearchBackend#INDEX_FORMAT}). */
    private volatile boolean outdatedFormat;
    private volatile boolean open;

    @PostConstruct
    void open() {
        admin = new OpenSearchIndexAdmin(client, config, indexConfig, objectMapper);
        dsl = new OpenSearchDsl(expansion, searchConfig);
        documents = new OpenSearchDocuments(textAnalyzer);
        alias = admin.alias();
        try {
            outdatedFormat = admin.setUp();
            open = true;
            LOG.infof("OpenSearch backend: alias %s on %s with %d articles", alias, config.hosts(), size());
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("cannot set up the OpenSearch index " + alias + " on " + config.hosts()
                    + ": is the cluster reachable (sinoscope.opensearch.hosts)?", e);
        }
    }

    @PreDestroy
    void close() {
        open = false;
    }

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public boolean isOpen() {
        if (!open) {
            return false;
        }
        try {
            return client.ping().value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public int size() {
        return call(() -> (int) client.count(c -> c.index(alias)).count());
    }

    @Override
    public void index(IndexedArticle article) {
        Map<String, Object> document = documents.document(article);
        call(() -> client.index(i -> i.index(alias).id(article.id()).document(document)));
        String target = rebuildTarget;
        if (target != null) {
            toRebuild(target, () -> client.index(i -> i.index(target).id(article.id()).document(document)));
        }
    }

    /**
     * One bulk request per call. While a rebuild runs, into the index it fills only: the alias's index already serves
     * these articles until the switch, and writing each page there too doubled the rebuild's work.
     */
    @Override
    public void indexAll(List<IndexedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        String index = rebuildTarget != null ? rebuildTarget : alias;
        // Documents are built in parallel: each segments its text into words (CPU-bound, a few ms per article).
        List<BulkOperation> operations = articles.parallelStream().map(article -> {
            Map<String, Object> document = documents.document(article);
            return BulkOperation.of(o -> o.index(i -> i.index(index).id(article.id()).document(document)));
        }).toList();
        new BulkSender(page -> client.bulk(b -> b.operations(page)), config.bulkRetries(), OpenSearchIndex::pause)
                .sendAll(operations);
    }

    @Override
    public void delete(String id) {
        call(() -> client.delete(d -> d.index(alias).id(id)));
        String target = rebuildTarget;
        if (target != null) {
            toRebuild(target, () -> client.delete(d -> d.index(target).id(id)));
        }
    }

    /** Realtime: a get reads the latest version even before a refresh makes it searchable. */
    @Override
    public boolean hasVersion(String id, String contentHash) {
        GetResponse<Map> response = call(() -> client.get(
                g -> g.index(alias).id(id).sourceIncludes(IndexFields.CONTENT_HASH), Map.class));
        if (!response.found()) {
            return false;
        }
        Object indexed = response.source() == null ? null : response.source().get(IndexFields.CONTENT_HASH);
        return contentHash == null ? indexed == null : contentHash.equals(indexed);
    }

    /**
     * Ids of the alias's index, paged in id order. The rebuilder lists them only after a rebuild has switched the
     * alias (shared index), never the index a rebuild is filling.
     */
    @Override
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            SearchResponse<Void> page = call(() -> client.search(s -> {
                s.index(alias).size(ID_PAGE).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                        .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                return cursor == null ? s : s.searchAfter(cursor);
            }, Void.class));
            List<Hit<Void>> hits = page.hits().hits();
            hits.forEach(hit -> ids.add(hit.id()));
            if (hits.size() < ID_PAGE) {
                return ids;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @Override
    public void refresh() {
        String target = rebuildTarget;
        call(() -> client.indices().refresh(r -> target == null ? r.index(alias) : r.index(alias, target)));
    }

    /** None: OpenSearch makes each acknowledged write durable (translog) before answering. */
    @Override
    public Optional<CrashRecovery> crashRecovery() {
        return Optional.empty();
    }

    /** Whether the alias was, when this replica started, on an index created from an older template. */
    @Override
    public boolean outdatedFormat() {
        return outdatedFormat;
    }

    @Override
    public boolean shared() {
        return true;
    }

    /** Creates the physical index the rebuild fills (a previous unfinished one is dropped). */
    @Override
    public void beginRebuild() {
        String abandoned = rebuildTarget;
        if (abandoned != null) {
            rebuildTarget = null;
            call(() -> {
                admin.drop(abandoned);
                return null;
            });
        }
        String target = call(admin::createRebuildIndex);
        rebuildTarget = target;
        LOG.infof("OpenSearch rebuild fills %s; alias %s still serves searches", target, alias);
    }

    /** Moves the alias to the rebuilt index in one step and drops the indexes it leaves. */
    @Override
    public void endRebuild() {
        String target = rebuildTarget;
        if (target == null) {
            return;
        }
        Set<String> previous = call(() -> admin.moveAliasTo(target));
        rebuildTarget = null;
        outdatedFormat = false;
        for (String old : previous) {
            call(() -> {
                admin.drop(old);
                return null;
            });
        }
        LOG.infof("OpenSearch alias %s now on %s; dropped %s", alias, target, previous);
    }

    @Override
    public SearchPage search(SearchRequest request) {
        expansion.requireWithinClauseLimit(request.query());
        org.opensearch.client.opensearch.core.SearchRequest search = dsl.search(alias, request);
        SearchResponse<Map> response = call(() -> client.search(search, Map.class));
        return documents.page(response, HighlightQuery.of(expansion, request.query()), request);
    }

    /**
     * A write to the index a rebuild fills. If that index is gone (another replica's rebuild finished and dropped
     * it), the rebuild is over for this replica: the alias already has the write.
     */
    private void toRebuild(String target, IoCall<?> write) {
        try {
            write.call();
        } catch (OpenSearchException e) {
            if (e.status() != 404) {
                throw e;
            }
            LOG.warnf("OpenSearch index %s, being rebuilt, is gone; writing to alias %s only", target, alias);
            rebuildTarget = null;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch write to " + target + " failed", e);
        }
    }

    /**
     * One filters aggregation per batch of words (a term filter on the word field each), so a story's vocabulary costs
     * a request per {@link #WORDS_PER_REQUEST} words, not one per word.
     */
    @Override
    public WordCounts documentFrequencies(Collection<String> words) {
        List<String> all = List.copyOf(new LinkedHashSet<>(words));
        Map<String, Long> frequencies = new HashMap<>();
        long documents = 0;
        int from = 0;
        do {
            List<String> batch = all.subList(from, Math.min(all.size(), from + WORDS_PER_REQUEST));
            Map<String, Query> filters = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                String word = batch.get(i);
                filters.put("w" + i, Query.of(q -> q.term(t -> t.field(IndexFields.WORDS).value(FieldValue.of(word)))));
            }
            SearchResponse<Void> response = call(() -> client.search(s -> {
                s.index(alias).size(0).trackTotalHits(t -> t.enabled(true));
                return filters.isEmpty() ? s
                        : s.aggregations("words", a -> a.filters(f -> f.filters(b -> b.keyed(filters))));
            }, Void.class));
            documents = response.hits().total() == null ? 0 : response.hits().total().value();
            if (!filters.isEmpty()) {
                Map<String, FiltersBucket> buckets = response.aggregations().get("words").filters().buckets().keyed();
                for (int i = 0; i < batch.size(); i++) {
                    FiltersBucket bucket = buckets.get("w" + i);
                    frequencies.put(batch.get(i), bucket == null ? 0 : bucket.docCount());
                }
            }
            from += WORDS_PER_REQUEST;
        } while (from < all.size());
        return new WordCounts(documents, frequencies);
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static <T> T call(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch request failed: " + e.getMessage(), e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off from OpenSearch", e);
        }
    }
}
