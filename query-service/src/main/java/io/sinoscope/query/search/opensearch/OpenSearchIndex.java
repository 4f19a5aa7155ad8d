package io.sinoscope.query.search.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.config.IndexConfig;
import io.sinoscope.query.config.OpenSearchConfig;
import io.sinoscope.query.config.SearchConfig;
import io.sinoscope.query.rest.SearchResponse.SearchHit;
import io.sinoscope.query.rest.SearchResponse.ValueCount;
import io.sinoscope.query.search.ArticleWords;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.query.search.lucene.SearchQueries;
import io.sinoscope.query.search.opensearch.BulkSender;
import io.sinoscope.query.search.snippets.HitSnippets;
import io.sinoscope.query.search.snippets.OriginalSnippets;
import io.sinoscope.text.TextAnalyzer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The articles in an OpenSearch cluster, for when one machine's embedded index is not enough: many stateless
 * query-service replicas, or an archive larger than a disk. The analysis stays ours: documents carry the normalised
 * text, analysed by the index template's bigram analyzer exactly as {@link BigramAnalyzer} does, and the canonical
 * entity ids; queries are the same clause expansion as the Lucene backend ({@link LuceneQueryFactory#expand}) in
 * OpenSearch's DSL. OpenSearch ranks (BM25 plus the same freshness feature) and counts facets (terms aggregations;
 * exact on one shard). Snippets are cut here, by the same highlighter analysing the page's hits again, so they are
 * mapped back to the original text exactly as on the embedded index.
 *
 * <p>Writes go to an alias ({@code sinoscope.opensearch.index}). A rebuild fills a fresh physical index while every
 * write also goes there, then moves the alias in one atomic step and drops the old index. Each acknowledged write is
 * durable in OpenSearch's translog, so there is no commit to wait for and nothing to catch up after a crash.
 */
@ApplicationScoped
@Typed(OpenSearchIndex.class)
public class OpenSearchIndex implements SearchBackend {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndex.class);

    /** The index template, versioned with the code: the mappings and the analyzer made explicit. */
    static final String TEMPLATE = "opensearch/article-index-template.json";
    /** Ids read per page when listing the index. */
    private static final int ID_PAGE = 1000;
    /** What a hit shows and its snippet is cut from. */
    private static final List<String> HIT_SOURCE = List.of(IndexFields.ID, IndexFields.EXTERNAL_ID,
            IndexFields.SOURCE, IndexFields.ORIGINAL_TITLE, IndexFields.PUBLISHED_AT, IndexFields.REGION,
            IndexFields.ORIGINAL_TEXT, IndexFields.OFFSET_MAP, IndexFields.TEXT);

    @Inject
    OpenSearchConfig config;
    @Inject
    IndexConfig indexConfig;
    @Inject
    SearchConfig searchConfig;
    @Inject
    LuceneQueryFactory queries;
    @Inject
    TextAnalyzer textAnalyzer;
    @Inject
    ObjectMapper objectMapper;

    private final Analyzer analyzer = new BigramAnalyzer();
    private final ReadWriteLock updates = new ReentrantReadWriteLock();
    private ApacheHttpClient5Transport transport;
    private OpenSearchClient client;
    private String alias;
    /** The physical index a rebuild is filling, or null. */
    private volatile String rebuildTarget;
    /** Whether the alias's index was created from an older template (see {@link SearchBackend#INDEX_FORMAT}). */
    private volatile boolean outdatedFormat;
    private volatile boolean open;

    @PostConstruct
    void open() {
        alias = config.index();
        HttpHost[] hosts = config.hosts().stream()
                .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
                .toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(objectMapper))
                .setRequestConfigCallback(request -> request.setResponseTimeout(Timeout.of(config.requestTimeout())));
        if (config.username().isPresent()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(
                        config.username().get(), config.password().orElse("").toCharArray()));
            }
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        transport = builder.build();
        client = new OpenSearchClient(transport);
        try {
            putTemplate();
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                createFirstIndex();
            }
            outdatedFormat = !olderFormats().isEmpty();
            if (outdatedFormat) {
                acceptCurrentDocuments();
            }
            open = true;
            LOG.infof("OpenSearch backend: alias %s on %s with %d articles", alias, config.hosts(), size());
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("cannot set up the OpenSearch index " + alias + " on " + config.hosts()
                    + ": is the cluster reachable (sinoscope.opensearch.hosts)?", e);
        }
    }

    /** The template applies the analyzer and mappings to every physical index of the alias, rebuilds included. */
    private void putTemplate() throws IOException {
        String body;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
            }
            Map<String, Object> template = objectMapper.readValue(in, Map.class);
            template.put("index_patterns", List.of(alias + "-*"));
            body = objectMapper.writeValueAsString(template);
        }
        try (var response = client.generic().execute(Requests.builder().method("PUT")
                .endpoint("/_index_template/" + alias).json(body).build())) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("OpenSearch refused the index template (HTTP " + response.getStatus()
                        + "): " + response.getBody().map(b -> b.bodyAsString()).orElse(""));
            }
        }
    }

    /** The alias's physical indexes whose mapping records an older format than {@link #INDEX_FORMAT} (or none). */
    private Set<String> olderFormats() throws IOException {
        Set<String> older = new java.util.TreeSet<>();
        client.indices().getMapping(g -> g.index(alias)).result().forEach((index, mapping) -> {
            JsonData format = mapping.mappings() == null ? null : mapping.mappings().meta().get("format");
            if (format == null || format.to(Integer.class) < INDEX_FORMAT) {
                older.add(index);
            }
        });
        return older;
    }

    /**
     * Adds this format's new fields to an index of an older one, so that writes of current documents are accepted
     * (its mapping is strict) until the rebuild at start replaces it; searches meanwhile find its older documents by
     * entity id and phrases only. Adding a field to a mapping is allowed on a live index; changing one is not.
     */
    private void acceptCurrentDocuments() throws IOException {
        LOG.infof("OpenSearch alias %s is on an index of an older format than %d; it is rebuilt at start", alias,
                INDEX_FORMAT);
        client.indices().putMapping(m -> m.index(alias)
                .properties(IndexFields.WORDS, p -> p.keyword(k -> k.docValues(false))));
    }

    /**
     * The first physical index, named so that two replicas starting together create one: the second's create fails
     * as already existing, and both then use it.
     */
    private void createFirstIndex() throws IOException {
        String name = alias + "-0";
        try {
            createIndex(name, true);
        } catch (OpenSearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private void createIndex(String name, boolean withAlias) throws IOException {
        client.indices().create(c -> {
            c.index(name).settings(s -> s.numberOfShards(config.shards()).numberOfReplicas(config.replicas())
                    .refreshInterval(t -> t.time(indexConfig.refreshInterval().toMillis() + "ms")));
            if (withAlias) {
                c.aliases(alias, a -> a);
            }
            return c;
        });
    }

    @PreDestroy
    void close() {
        open = false;
        try {
            transport.close();
        } catch (IOException e) {
            LOG.debugf("closing the OpenSearch client: %s", e.getMessage());
        }
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
        Map<String, Object> document = document(article);
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
            Map<String, Object> document = document(article);
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

    /** Nothing to do: OpenSearch makes each acknowledged write durable (translog) before answering. */
    @Override
    public void commit() {
    }

    @Override
    public ReadWriteLock updates() {
        return updates;
    }

    @Override
    public Instant beginUpdate() {
        return Instant.now();
    }

    @Override
    public void endUpdate(Instant started) {
    }

    /** Null: an acknowledged write is never lost, so no article needs indexing again after a crash. */
    @Override
    public Instant lastCommittedAt() {
        return null;
    }

    /** False: the alias only ever points at a complete index; an unfinished rebuild leaves an index no one reads. */
    @Override
    public boolean lastCommitWasRebuilding() {
        return false;
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
            call(() -> client.indices().delete(d -> d.index(abandoned).ignoreUnavailable(true)));
        }
        String target = alias + "-" + System.currentTimeMillis();
        call(() -> {
            createIndex(target, false);
            return null;
        });
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
        Set<String> previous = call(() -> client.indices().getAlias(a -> a.name(alias)).result().keySet());
        call(() -> client.indices().refresh(r -> r.index(target)));
        call(() -> client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(alias)));
            for (String old : previous) {
                u.actions(a -> a.remove(remove -> remove.index(old).alias(alias)));
            }
            return u;
        }));
        rebuildTarget = null;
        outdatedFormat = false;
        for (String old : previous) {
            call(() -> client.indices().delete(d -> d.index(old).ignoreUnavailable(true)));
        }
        LOG.infof("OpenSearch alias %s now on %s; dropped %s", alias, target, previous);
    }

    @Override
    public SearchPage search(SearchRequest request) {
        org.apache.lucene.search.Query clauses = queries.build(request.clauses());
        requireWithinClauseLimit(clauses);
        Query query = query(request);
        boolean byDate = request.sort() == SearchRequest.SortOrder.DATE;
        SearchResponse<Map> response = call(() -> client.search(s -> {
            s.index(alias).query(query).from(request.page() * request.size()).size(request.size())
                    .trackTotalHits(t -> t.enabled(true)).trackScores(true)
                    .source(src -> src.filter(f -> f.includes(HIT_SOURCE)));
            if (byDate) {
                s.sort(o -> o.field(f -> f.field(IndexFields.PUBLISHED_AT).order(SortOrder.Desc)
                        .missing(FieldValue.of("_last"))));
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            for (String field : SearchPage.FACET_FIELDS) {
                s.aggregations(field, a -> a.terms(t -> t.field(field).size(searchConfig.facetLimit())));
            }
            return s;
        }, Map.class));
        List<Hit<Map>> found = response.hits().hits();
        String[] snippets = snippets(queries.highlightQuery(request.clauses()), found);
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Map<?, ?> source = found.get(i).source();
            Object published = source.get(IndexFields.PUBLISHED_AT);
            Double score = found.get(i).score();
            hits.add(new SearchHit(string(source, IndexFields.ID), string(source, IndexFields.EXTERNAL_ID),
                    string(source, IndexFields.SOURCE), string(source, IndexFields.ORIGINAL_TITLE),
                    published == null ? null : Instant.ofEpochMilli(Long.parseLong(published.toString())).toString(),
                    string(source, IndexFields.REGION), score == null || score.isNaN() ? 0f : score.floatValue(),
                    snippets[i]));
        }
        Map<String, List<ValueCount>> facets = new LinkedHashMap<>();
        for (String field : SearchPage.FACET_FIELDS) {
            facets.put(field, response.aggregations().get(field).sterms().buckets().array().stream()
                    .map(b -> new ValueCount(b.key(), b.docCount())).toList());
        }
        long total = response.hits().total() == null ? found.size() : response.hits().total().value();
        return new SearchPage(total, hits, facets);
    }

    /** The request in OpenSearch's DSL, clause for clause what {@link SearchQueries#compose} builds for Lucene. */
    Query query(SearchRequest request) {
        BoolQuery.Builder clauses = new BoolQuery.Builder();
        boolean positive = false;
        for (QueryClause clause : request.clauses()) {
            LuceneQueryFactory.ClauseForms forms = queries.expand(clause);
            if (forms == null) {
                continue; // only punctuation or symbols: nothing to search for
            }
            Query matches = clauseQuery(forms);
            if (clause.excluded()) {
                clauses.mustNot(matches);
            } else {
                clauses.must(matches);
                positive = true;
            }
        }
        if (!positive) {
            clauses.must(Query.of(q -> q.matchAll(m -> m)));
        }
        BoolQuery.Builder whole = new BoolQuery.Builder().must(Query.of(q -> q.bool(clauses.build())));
        if (request.from() != null || request.to() != null) {
            whole.filter(Query.of(q -> q.range(r -> {
                r.field(IndexFields.PUBLISHED_AT);
                if (request.from() != null) {
                    r.gte(JsonData.of(request.from().toEpochMilli()));
                }
                if (request.to() != null) {
                    r.lte(JsonData.of(request.to().toEpochMilli()));
                }
                return r;
            })));
        }
        filter(whole, IndexFields.SOURCE, request.source());
        filter(whole, IndexFields.REGION, request.region());
        filter(whole, IndexFields.ENTITY, request.entity());
        filter(whole, IndexFields.TOPIC, request.topic());
        if (request.sort() == SearchRequest.SortOrder.RELEVANCE && searchConfig.freshnessWeight() > 0) {
            // The same feature as Lucene's LongPoint.newDistanceFeatureQuery: weight · pivot / (pivot + age).
            long pivot = Math.max(1, searchConfig.freshnessPivot().toMillis());
            whole.should(Query.of(q -> q.distanceFeature(d -> d.field(IndexFields.PUBLISHED_AT)
                    .origin(JsonData.of(Long.toString(System.currentTimeMillis()))).pivot(pivot + "ms")
                    .boost(searchConfig.freshnessWeight()))));
        }
        return Query.of(q -> q.bool(whole.build()));
    }

    /**
     * Refuses, as the embedded index does, a query of more clauses and phrase terms than Lucene's limit (1024), which
     * long Traditional queries reach once expanded into regional forms: SearchResource answers it with a 400 that
     * names the limit. OpenSearch would refuse it too, as a search-phase failure that says less.
     */
    static void requireWithinClauseLimit(org.apache.lucene.search.Query clauses) {
        int limit = IndexSearcher.getMaxClauseCount();
        int[] count = {0};
        clauses.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, org.apache.lucene.search.Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(org.apache.lucene.search.Query query, Term... terms) {
                add(terms.length);
            }

            @Override
            public void visitLeaf(org.apache.lucene.search.Query query) {
                add(1);
            }

            private void add(int clauses) {
                count[0] += clauses;
                if (count[0] > limit) {
                    throw new IndexSearcher.TooManyClauses();
                }
            }
        });
    }

    /** The clause as {@link LuceneQueryFactory#clauseQuery} builds it: entity id, whole words or phrases, scored. */
    private static Query clauseQuery(LuceneQueryFactory.ClauseForms forms) {
        BoolQuery.Builder any = new BoolQuery.Builder();
        if (forms.entityId() != null) {
            any.should(Query.of(q -> q.term(t -> t.field(IndexFields.ENTITY).value(FieldValue.of(forms.entityId()))
                    .boost(LuceneQueryFactory.ENTITY_BOOST))));
        }
        for (String unlinked : forms.unlinkedIds()) {
            any.should(Query.of(q -> q.term(t -> t.field(IndexFields.ENTITY).value(FieldValue.of(unlinked)))));
        }
        for (String word : forms.words()) {
            any.should(Query.of(q -> q.term(t -> t.field(IndexFields.WORDS).value(FieldValue.of(word))
                    .boost(LuceneQueryFactory.WORD_BOOST))));
        }
        phrases(any, forms.phrases());
        Query matches = Query.of(q -> q.bool(any.build()));
        if (forms.wordPhrases().isEmpty()) {
            return matches;
        }
        BoolQuery.Builder scored = new BoolQuery.Builder().must(matches);
        phrases(scored, forms.wordPhrases());
        return Query.of(q -> q.bool(scored.build()));
    }

    /** Each form as an optional phrase in the title (boosted) and the text. */
    private static void phrases(BoolQuery.Builder query, List<String> forms) {
        for (String form : forms) {
            query.should(Query.of(q -> q.matchPhrase(m -> m.field(IndexFields.TITLE).query(form)
                    .boost(LuceneQueryFactory.TITLE_BOOST))));
            query.should(Query.of(q -> q.matchPhrase(m -> m.field(IndexFields.TEXT).query(form))));
        }
    }

    private static void filter(BoolQuery.Builder query, String field, String value) {
        if (value != null) {
            query.filter(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }

    /** Snippets of the page's hits, cut by the same highlighter as on the embedded index ({@link HitSnippets}). */
    private String[] snippets(org.apache.lucene.search.Query highlighted, List<Hit<Map>> found) {
        List<Document> documents = new ArrayList<>(found.size());
        for (Hit<Map> hit : found) {
            Map<?, ?> source = hit.source();
            Document doc = new Document();
            doc.add(new StoredField(IndexFields.TEXT, nullToEmpty(string(source, IndexFields.TEXT))));
            String original = string(source, IndexFields.ORIGINAL_TEXT);
            if (original != null) {
                doc.add(new StoredField(IndexFields.ORIGINAL_TEXT, original));
            }
            String map = string(source, IndexFields.OFFSET_MAP);
            if (map != null) {
                doc.add(new StoredField(IndexFields.OFFSET_MAP, Base64.getDecoder().decode(map)));
            }
            documents.add(doc);
        }
        try {
            return HitSnippets.of(analyzer, highlighted, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut snippets of the hits", e);
        }
    }

    /** The document OpenSearch stores: the fields of {@link LuceneIndex#toDocument}, named alike. */
    Map<String, Object> document(IndexedArticle article) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(IndexFields.ID, article.id());
        put(doc, IndexFields.EXTERNAL_ID, article.externalId());
        doc.put(IndexFields.TITLE, nullToEmpty(article.normalizedTitle()));
        doc.put(IndexFields.TEXT, nullToEmpty(article.normalizedText()));
        doc.put(IndexFields.WORDS, List.copyOf(ArticleWords.of(article.normalizedTitle(), article.normalizedText())));
        put(doc, IndexFields.ORIGINAL_TITLE, article.title());
        put(doc, IndexFields.ORIGINAL_TEXT, article.text());
        byte[] map = OriginalSnippets.encodeMap(textAnalyzer, article.text(), article.normalizedText(),
                article.textOffsets());
        if (map != null) {
            doc.put(IndexFields.OFFSET_MAP, Base64.getEncoder().encodeToString(map));
        }
        doc.put(IndexFields.ENTITY, article.entityIds().stream().filter(e -> e != null && !e.isEmpty()).toList());
        doc.put(IndexFields.TOPIC, article.topics());
        put(doc, IndexFields.SOURCE, emptyToNull(article.source()));
        put(doc, IndexFields.REGION, emptyToNull(article.region()));
        if (article.publishedAt() != null) {
            doc.put(IndexFields.PUBLISHED_AT, article.publishedAt().toEpochMilli());
        }
        put(doc, IndexFields.CONTENT_HASH, article.contentHash());
        return doc;
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

    private static void put(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }

    private static String string(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? null : value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
