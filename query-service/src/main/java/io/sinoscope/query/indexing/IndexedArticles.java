package io.sinoscope.query.indexing;

import io.sinoscope.query.repository.ArticleRow;
import io.sinoscope.query.search.IndexedArticle;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** What the index holds of a stored article: the search wing's view of a row. */
public final class IndexedArticles {

    private IndexedArticles() {
    }

    /** Without the offset runs (the index normalises the text again for the snippet map). */
    public static IndexedArticle of(ArticleRow row, Collection<String> entityIds) {
        return new IndexedArticle(row.id, row.externalId, row.source, row.title, row.normalizedTitle,
                row.normalizedText, row.region, row.publishedAt, row.contentHash,
                new LinkedHashSet<>(entityIds == null ? List.of() : entityIds), row.text, row.topics, null);
    }
}
