package io.sinoscope.text;

final class KnowledgeBase {
    static final String RESOURCE = "knowledge-base-cedict-v1.tsv";
}
