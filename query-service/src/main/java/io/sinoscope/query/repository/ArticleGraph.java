package io.sinoscope.query.repository;

import java.util.List;

/** A stored article with its entities, mentions and facts, as read for the article API. */
public record ArticleGraph(ArticleRow article, List<EntityRow> entities, List<MentionRow> mentions, List<FactRow> facts) {
}
