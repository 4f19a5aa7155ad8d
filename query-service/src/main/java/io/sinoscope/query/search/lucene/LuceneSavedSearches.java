package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SavedSearches;
import io.sinoscope.query.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * {@link SavedSearches} on Lucene: each search is compiled once by the search's own {@link LuceneQueryFactory} and
 * {@link SearchQueries} into the query a search would run; an article becomes the search index's own document
 * ({@link LuceneIndex#toDocument}) in a one-document {@link MemoryIndex} analysed by the same {@link BigramAnalyzer}.
 * The pre-filter: every search is filed under its {@link QueryAnchors} (terms one of which a match must contain), the
 * article's terms are looked up there, and only those searches, plus the few without an anchor, are run against the
 * article.
 */
@ApplicationScoped
public class LuceneSavedSearches implements SavedSearches {

    private final LuceneQueryFactory factory;
    private final Analyzer analyzer = new BigramAnalyzer();
    private final Map<String, Compiled> searches = new ConcurrentHashMap<>();
    /** Field → term → keys of the searches anchored on it. */
    private final Map<String, Map<BytesRef, Set<String>>> anchored = new ConcurrentHashMap<>();
    /** Searches without an anchor: run against every article. */
    private final Set<String> unanchored = ConcurrentHashMap.newKeySet();

    /**
     * @param anchor     the terms it is filed under (null: run for every article)
     * @param conjuncts  term sets the article must each hold one of before the query is run (a cheap check that
     *                   drops most candidates whose anchor matched but whose other required clauses cannot)
     */
    private record Compiled(Query query, Set<Term> anchor, List<Set<Term>> conjuncts) {
    }

    @Inject
    public LuceneSavedSearches(LuceneQueryFactory factory) {
        this.factory = factory;
    }

    @Override
    public synchronized void save(String key, SearchRequest request) {
        Query query = SearchQueries.compose(factory.build(request.query()), request, 0, 1, 0);
        try {
            // As a search would: a query past the clause limit is refused now, not at every article.
            new MemoryIndex().createSearcher().rewrite(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        remove(key);
        Compiled compiled = new Compiled(query, QueryAnchors.of(query), QueryAnchors.conjuncts(query));
        searches.put(key, compiled);
        if (compiled.anchor() == null) {
            unanchored.add(key);
            return;
        }
        for (Term term : compiled.anchor()) {
            anchored.computeIfAbsent(term.field(), f -> new ConcurrentHashMap<>())
                    .computeIfAbsent(BytesRef.deepCopyOf(term.bytes()), t -> ConcurrentHashMap.newKeySet()).add(key);
        }
    }

    @Override
    public synchronized void remove(String key) {
        Compiled old = searches.remove(key);
        if (old == null) {
            return;
        }
        unanchored.remove(key);
        if (old.anchor() != null) {
            for (Term term : old.anchor()) {
                Map<BytesRef, Set<String>> terms = anchored.get(term.field());
                Set<String> keys = terms == null ? null : terms.get(term.bytes());
                if (keys != null) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        terms.remove(term.bytes());
                    }
                }
            }
        }
    }

    @Override
    public Set<String> matching(IndexedArticle article) {
        if (searches.isEmpty()) {
            return Set.of();
        }
        MemoryIndex index = MemoryIndex.fromDocument(LuceneIndex.toDocument(article), analyzer);
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);
        Set<String> matched = new HashSet<>();
        LeafReader reader = searcher.getIndexReader().leaves().get(0).reader();
        try {
            for (String key : candidates(reader)) {
                Compiled compiled = searches.get(key);
                if (compiled != null && holdsEvery(reader, compiled.conjuncts())
                        && searcher.count(compiled.query()) > 0) {
                    matched.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matched;
    }

    /** The searches whose anchor the article holds a term of, and those without an anchor. */
    private Set<String> candidates(LeafReader reader) throws IOException {
        Set<String> candidates = new HashSet<>(unanchored);
        for (Map.Entry<String, Map<BytesRef, Set<String>>> field : anchored.entrySet()) {
            Terms terms = reader.terms(field.getKey());
            if (terms == null || field.getValue().isEmpty()) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                Set<String> keys = field.getValue().get(term);
                if (keys != null) {
                    candidates.addAll(keys);
                }
            }
        }
        return candidates;
    }

    /** Whether the article holds a term of each conjunct. */
    private static boolean holdsEvery(LeafReader reader, List<Set<Term>> conjuncts) throws IOException {
        for (Set<Term> conjunct : conjuncts) {
            boolean held = false;
            for (Term term : conjunct) {
                Terms terms = reader.terms(term.field());
                if (terms != null && terms.iterator().seekExact(term.bytes())) {
                    held = true;
                    break;
                }
            }
            if (!held) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return searches.size();
    }
}
