package io.sinoscope.ingest.intake;

import io.sinoscope.ingest.repository.Article;

/**
 * @param changed false when the submission repeated content already stored, so nothing was written
 */
public record IntakeResult(Article article, boolean changed) {

    public String id() {
        return article.id;
    }

    public String status() {
        return article.status.name();
    }

    public String duplicateOf() {
        return article.duplicateOf;
    }

    /** SAME_CONTENT, REPOST or UPDATE for a duplicate; null otherwise. */
    public String duplicateKind() {
        return article.duplicateKind;
    }
}
