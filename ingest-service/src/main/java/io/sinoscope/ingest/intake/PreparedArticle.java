package io.sinoscope.ingest.intake;

import io.sinoscope.ingest.intake.ArticleSubmission;

/**
 * A batch line cleaned and fingerprinted, ready to be stored with its group.
 *
 * @param signature the MinHash signature of the cleaned text, null when it is too short for one
 */
public record PreparedArticle(ArticleSubmission submission, CleanedArticle cleaned, String contentHash,
        int[] signature) {

    public String source() {
        return submission.source().strip();
    }

    /** The sender's id for the article, null when it sent none (then the content is its identity). */
    public String externalId() {
        String id = submission.externalId();
        return id == null || id.isBlank() ? null : id.strip();
    }
}
