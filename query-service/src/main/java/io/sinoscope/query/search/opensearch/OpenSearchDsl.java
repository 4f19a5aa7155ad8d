package io.sinoscope.query.search.opensearch;

import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.ClauseExpansion.ClauseForms;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.FieldClause;
import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.QueryGroup;
import io.sinoscope.query.search.QueryNode;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.SortKey;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * A search request in OpenSearch's DSL, clause for clause what the Lucene backend builds from the same
 * {@link ClauseExpansion}: entity id, whole words or phrases per clause, the filters, the freshness feature, the sort,
 * the page and the facet aggregations.
 */
final class OpenSearchDsl {

    /** What a hit shows (its possible links included) and its snippet is cut from. */
    static final List<String> HIT_SOURCE = List.of(IndexFields.ID, IndexFields.EXTERNAL_ID,
            IndexFields.SOURCE, IndexFields.ORIGINAL_TITLE, IndexFields.PUBLISHED_AT, IndexFields.REGION,
            IndexFields.ORIGINAL_TEXT, IndexFields.OFFSET_MAP, IndexFields.TEXT, IndexFields.ENTITY_POSSIBLE);

    private final ClauseExpansion expansion;
    private final SearchConfig searchConfig;

    OpenSearchDsl(ClauseExpansion expansion, SearchConfig searchConfig) {
        this.expansion = expansion;
        this.searchConfig = searchConfig;
    }

    /**
     * The whole search of one page on the index: query, sort, page, hit fields and facets. A cursor page asks for one
     * hit more than the page: whether it exists says whether a next page does (a numbered page knows it from the
     * total, and stays within the index's result window of 10,000). The sort is the embedded index's, total
     * ({@link SortKey}): score, then newest first with undated last, then id; a date sort without the score.
     */
    org.opensearch.client.opensearch.core.SearchRequest search(String index, SearchRequest request) {
        Query query = query(request);
        boolean byDate = request.sort() == SearchRequest.SortOrder.DATE;
        SortKey after = request.after();
        return org.opensearch.client.opensearch.core.SearchRequest.of(s -> {
            s.index(index).query(query).size(after == null ? request.size() : request.size() + 1)
                    .trackTotalHits(t -> t.enabled(true)).trackScores(true)
                    .source(src -> src.filter(f -> f.includes(HIT_SOURCE)));
            if (!byDate) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            s.sort(o -> o.field(f -> f.field(IndexFields.PUBLISHED_AT).order(SortOrder.Desc)
                    .missing(FieldValue.of("_last"))));
            s.sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
            if (after == null) {
                s.from(request.page() * request.size());
            } else {
                s.searchAfter(searchAfter(after, byDate));
            }
            for (String field : SearchPage.FACET_FIELDS) {
                s.aggregations(field, a -> a.terms(t -> t.field(field).size(searchConfig.facetLimit())));
            }
            return s;
        });
    }

    /** The key's values in the order of the sort; a float score is exact as a double. */
    private static List<FieldValue> searchAfter(SortKey key, boolean byDate) {
        List<FieldValue> values = new ArrayList<>(3);
        if (!byDate) {
            values.add(FieldValue.of((double) key.score()));
        }
        values.add(FieldValue.of(key.publishedAt()));
        values.add(FieldValue.of(key.id() == null ? "" : key.id()));
        return values;
    }

    /** The sort key of a hit, from the sort values OpenSearch returns with it (as {@link #search} orders them). */
    static SortKey key(List<FieldValue> sort, boolean byDate) {
        int at = byDate ? 0 : 1;
        float score = byDate ? 0f : (float) number(sort.get(0)).doubleValue();
        return new SortKey(score, number(sort.get(at)).longValue(), sort.get(at + 1).stringValue());
    }

    private static Number number(FieldValue value) {
        if (value.isLong()) {
            return value.longValue();
        }
        if (value.isDouble()) {
            return value.doubleValue();
        }
        return Double.parseDouble(value._toJsonString());
    }

    /** The request's query: its clauses, filters and freshness boost. */
    Query query(SearchRequest request) {
        Query all = group(QueryNode.asAll(request.query()));
        Query clauses = all != null ? all
                : Query.of(q -> q.bool(b -> b.must(Query.of(m -> m.matchAll(a -> a)))));
        BoolQuery.Builder whole = new BoolQuery.Builder().must(clauses);
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
            String origin = Long.toString(request.scoredAtMillis());
            // The same feature as Lucene's LongPoint.newDistanceFeatureQuery: weight · pivot / (pivot + age).
            long pivot = Math.max(1, searchConfig.freshnessPivot().toMillis());
            whole.should(Query.of(q -> q.distanceFeature(d -> d.field(IndexFields.PUBLISHED_AT)
                    .origin(JsonData.of(origin)).pivot(pivot + "ms")
                    .boost(searchConfig.freshnessWeight()))));
        }
        return Query.of(q -> q.bool(whole.build()));
    }

    /** What the node matches, its exclusion aside (the group around it applies that); null if nothing searchable. */
    private Query node(QueryNode node) {
        if (node instanceof QueryClause clause) {
            ClauseForms forms = expansion.expand(clause);
            return forms == null ? null : clauseQuery(forms);
        }
        if (node instanceof FieldClause field) {
            return fieldQuery(field);
        }
        return group((QueryGroup) node);
    }

    /** As the Lucene backend: ALL as must and must_not (with match_all when only exclusions), ANY as should. */
    private Query group(QueryGroup group) {
        BoolQuery.Builder query = new BoolQuery.Builder();
        boolean searchable = false;
        boolean positive = false;
        for (QueryNode child : group.children()) {
            Query matches = node(child);
            if (matches == null) {
                continue; // only punctuation or symbols: nothing to search for
            }
            searchable = true;
            if (group.operator() == QueryGroup.Operator.ANY) {
                query.should(child.excluded() ? everythingBut(matches) : matches);
            } else if (child.excluded()) {
                query.mustNot(matches);
            } else {
                query.must(matches);
                positive = true;
            }
        }
        if (!searchable) {
            return null;
        }
        if (group.operator() == QueryGroup.Operator.ANY) {
            query.minimumShouldMatch("1");
        } else if (!positive) {
            query.must(Query.of(q -> q.matchAll(m -> m)));
        }
        return Query.of(q -> q.bool(query.build()));
    }

    private static Query everythingBut(Query excluded) {
        return Query.of(q -> q.bool(b -> b.must(Query.of(m -> m.matchAll(a -> a))).mustNot(excluded)));
    }

    /** Any of the field's values, as a filter: it narrows the matches and adds nothing to their score. */
    private static Query fieldQuery(FieldClause field) {
        String indexField = field.field().indexField();
        List<Query> values = field.values().stream()
                .map(value -> Query.of(q -> q.term(t -> t.field(indexField).value(FieldValue.of(value))))).toList();
        Query filter = values.size() == 1 ? values.get(0) : Query.of(q -> q.bool(b -> b.should(values)));
        return Query.of(q -> q.bool(b -> b.filter(filter)));
    }

    /** One clause's forms: entity id, whole words or phrases, scored as the Lucene backend scores them. */
    private static Query clauseQuery(ClauseForms forms) {
        BoolQuery.Builder any = new BoolQuery.Builder();
        if (forms.entityId() != null) {
            any.should(Query.of(q -> q.term(t -> t.field(IndexFields.ENTITY).value(FieldValue.of(forms.entityId()))
                    .boost(ClauseExpansion.ENTITY_BOOST))));
        }
        for (String unlinked : forms.unlinkedIds()) {
            any.should(Query.of(q -> q.term(t -> t.field(IndexFields.ENTITY).value(FieldValue.of(unlinked)))));
        }
        if (forms.unlinkedIdPattern() != null) {
            any.should(Query.of(q -> q.regexp(r -> r.field(IndexFields.ENTITY).value(forms.unlinkedIdPattern()))));
        }
        for (String word : forms.words()) {
            any.should(Query.of(q -> q.term(t -> t.field(IndexFields.WORDS).value(FieldValue.of(word))
                    .boost(ClauseExpansion.WORD_BOOST))));
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
                    .boost(ClauseExpansion.TITLE_BOOST))));
            query.should(Query.of(q -> q.matchPhrase(m -> m.field(IndexFields.TEXT).query(form))));
        }
    }

    private static void filter(BoolQuery.Builder query, String field, String value) {
        if (value != null) {
            query.filter(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}
