package io.sinoscope.query.health;

import io.sinoscope.query.messaging.StalledRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while an articles.enriched record waits to be stored (the database or the query schema is unavailable):
 * the replica's store and index fall behind, and its partitions wait rather than skip the record. Says which article,
 * from where, since when, after how many attempts and on what error.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadinessCheck implements HealthCheck {

    static final String NAME = "articles.enriched consumer";

    @Inject
    StalledRecords stalled;

    @Override
    public HealthCheckResponse call() {
        var stalls = stalled.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(stalls.isEmpty())
                .withData("stalled", stalls.size());
        if (!stalls.isEmpty()) {
            var oldest = stalls.get(0);
            response.withData("articleId", oldest.articleId())
                    .withData("origin", oldest.origin())
                    .withData("since", oldest.since().toString())
                    .withData("stalledSeconds", Duration.between(oldest.since(), Instant.now()).toSeconds())
                    .withData("attempts", oldest.attempts())
                    .withData("lastError", oldest.lastError());
        }
        return response.build();
    }
}
