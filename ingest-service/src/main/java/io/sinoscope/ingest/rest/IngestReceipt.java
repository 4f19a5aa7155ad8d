package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.intake.IntakeResult;

/** The answer to a submission: the article's id (stable per source and externalId) and where it stands. */
public record IngestReceipt(String id, String status, String duplicateOf, String duplicateKind) {

    static IngestReceipt of(IntakeResult result) {
        return new IngestReceipt(result.id(), result.status(), result.duplicateOf(), result.duplicateKind());
    }
}
