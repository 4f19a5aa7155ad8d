package io.sinoscope.ingest.service;

import io.sinoscope.ingest.repository.Article;

/**
 * @param changed false when the submission repeated content already stored, so nothing was written
 */
public record IntakeResult(Article article, boolean changed) {
}
