package io.sinoscope.query.indexing;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.query.repository.ArticleRow;
import io.sinoscope.query.search.IndexedArticle;
import java.util.List;

/** What the index holds of a stored article: the search wing's view of a row. */
public final class IndexedArticles {

    private IndexedArticles() {
    }

    /**
     * Without the offset runs (the index normalises the text again for the snippet map).
     *
     * @param entities the stored entities with their mentions' confidences (null: none); a mention stored before
     *                 confidences were (V12) reads as sure, as {@code ArticleGraph.enrichedEntities} gives it
     */
    public static IndexedArticle of(ArticleRow row, List<EnrichedEntity> entities) {
        return new IndexedArticle(row.id, row.externalId, row.source, row.title, row.normalizedTitle,
                row.normalizedText, row.region, row.publishedAt, row.contentHash, IndexedArticle.entityIds(entities),
                row.text, row.topics, null, IndexedArticle.possibleLinks(entities));
    }
}
