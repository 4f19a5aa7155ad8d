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
}
