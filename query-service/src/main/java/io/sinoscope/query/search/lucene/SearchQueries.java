package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.SortKey;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query and sort of a search request around the query of its clauses: date range, exact filters and the
 * freshness boost. Plain Lucene, no CDI, so the query benchmark runs exactly the service's query on a bare
 * {@code IndexSearcher} for its baseline.
 */
public final class SearchQueries {

    /** Newest first; articles without a date last; ties by id, so the order is total ({@link SortKey}). */
    public static final Sort BY_DATE;
    /** Highest score first; ties newest first (undated last), then by id: total ({@link SortKey}). */
    public static final Sort BY_RELEVANCE;

    static {
        SortField date = new SortField(IndexFields.PUBLISHED_AT, SortField.Type.LONG, true);
        date.setMissingValue(SortKey.UNDATED);
        SortField id = new SortField(IndexFields.ID_SORT, SortField.Type.STRING);
        BY_DATE = new Sort(date, id);
        BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, date, id);
    }

    private SearchQueries() {
    }

    /**
     * @param clauses         what {@link LuceneQueryFactory#build} made of the request's clauses
     * @param freshnessWeight score added to an article published now under relevance sort; 0 for none
     * @param pivotMillis     age at which an article gains half the weight
     * @param nowMillis       the instant ages are measured from
     */
    public static Query compose(Query clauses, SearchRequest request, double freshnessWeight, long pivotMillis,
            long nowMillis) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(clauses, Occur.MUST);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
            query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED_AT, from, to), Occur.FILTER);
        }
        filter(query, IndexFields.SOURCE, request.source());
        filter(query, IndexFields.REGION, request.region());
        filter(query, IndexFields.ENTITY, request.entity());
        filter(query, IndexFields.TOPIC, request.topic());
        if (request.sort() == SearchRequest.SortOrder.RELEVANCE && freshnessWeight > 0) {
            // SHOULD: adds to the score of matching articles, never makes an article match. Reads the points and the
            // numeric doc values LuceneIndex writes under the one field name, as a LongField would hold them.
            query.add(LongField.newDistanceFeatureQuery(IndexFields.PUBLISHED_AT, (float) freshnessWeight, nowMillis,
                    Math.max(1, pivotMillis)), Occur.SHOULD);
        }
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
