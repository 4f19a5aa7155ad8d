package io.sinoscope.ingest.rest;

import java.util.Map;

/**
 * @param articlesByStatus stored articles per status (DUPLICATE counts the duplicates kept as references)
 * @param outboxBacklog    articles (and retractions) stored but not yet acknowledged by Kafka
 * @param oldestPendingSeconds age of the oldest of those, 0 when there are none
 * @param rejectedByStatus submissions refused at the door since this instance started, per HTTP status
 */
public record IngestStats(Map<String, Long> articlesByStatus, long outboxBacklog, long oldestPendingSeconds,
        Map<String, Long> rejectedByStatus) {
}
