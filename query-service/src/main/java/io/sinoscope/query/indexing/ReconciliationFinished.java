package io.sinoscope.query.indexing;

/**
 * Fired (CDI event) when a reconciliation run has walked ingest's whole list and closed the gaps it no longer met,
 * so that whoever reports the gaps counts them again without reconciliation knowing who that is.
 */
public record ReconciliationFinished(String jobId) {
}
