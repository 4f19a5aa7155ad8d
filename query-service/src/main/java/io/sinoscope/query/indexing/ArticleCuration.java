package io.sinoscope.query.indexing;

import io.sinoscope.contracts.ArticleEnriched;

/** Analysts' overrides as ingestion applies them: to every article as it is stored. */
public interface ArticleCuration {

    /** The event with the overrides in force applied to its entities (the event itself when none apply). */
    ArticleEnriched apply(ArticleEnriched event);
}
