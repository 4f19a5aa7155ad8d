package io.sinoscope.ingest.service;

import java.util.List;

/** Title and text after cleaning, and a human-readable list of what cleaning removed. */
public record CleanedArticle(String title, String text, List<String> removed) {
}
