package io.sinoscope.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ArticleIngested;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sinoscope.nlp.config.AnalysisConfig;
import io.sinoscope.nlp.service.AnalysisDeadlineException;
import io.sinoscope.nlp.service.ArticleEnricher;
import io.sinoscope.nlp.service.InvalidEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * articles.ingested → analysis → articles.enriched, keyed by article id so each article stays on one partition and
 * its versions keep their order. A tombstone (retraction) passes through as a tombstone. Anything that throws is
 * sent to articles.ingested.dlq by the channel's failure strategy.
 *
 * <p>Meters ({@code /q/metrics}): {@code sinoscope_nlp_analysis_seconds}, the time each analysed article took (a
 * histogram, for p95 over any set of pods), {@code sinoscope_nlp_articles_analysed_total}, and
 * {@code sinoscope_nlp_articles_failed_total{reason}}, the articles dead-lettered, by why: {@code invalid} (not an
 * event this service can analyse), {@code deadline} (analysis ran past {@code sinoscope.analysis.deadline}),
 * {@code error} (anything else).
 */
@ApplicationScoped
public class ArticleAnalysisProcessor {

    private static final String[] REASONS = {"invalid", "deadline", "error"};

    private final ArticleEnricher enricher;
    private final ObjectMapper json;
    private final Timer analysis;
    private final Counter analysed;
    private final MeterRegistry meters;

    public ArticleAnalysisProcessor(ArticleEnricher enricher, ObjectMapper json, MeterRegistry meters,
            AnalysisConfig config) {
        this.enricher = enricher;
        this.json = json;
        this.meters = meters;
        // Buckets from 1 ms to the deadline: no analysis that is not dead-lettered takes longer.
        this.analysis = Timer.builder("sinoscope.nlp.analysis")
                .description("Time to analyse one article from articles.ingested (parse, analysis, enrichment)")
                .publishPercentileHistogram()
                .publishPercentiles(0.5, 0.95, 0.99)
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(config.deadline())
                .register(meters);
        this.analysed = Counter.builder("sinoscope.nlp.articles.analysed")
                .description("Articles analysed and sent on to articles.enriched")
                .register(meters);
        // Every reason from the start at 0, so that the first failure is an increase Prometheus can see.
        for (String reason : REASONS) {
            failedCounter(reason);
        }
    }

    @Incoming("articles-ingested")
    @Outgoing("articles-enriched")
    @Blocking
    public Record<String, ArticleEnriched> analyze(Record<String, String> ingested) {
        if (ingested.value() == null) {
            return Record.of(ingested.key(), null);
        }
        long start = System.nanoTime();
        try {
            ArticleEnriched enriched = enricher.enrich(parse(ingested.value()));
            analysis.record(Duration.ofNanos(System.nanoTime() - start));
            analysed.increment();
            return Record.of(ingested.key(), enriched);
        } catch (RuntimeException e) {
            failed(e);
            throw e;
        }
    }

    /** Everything thrown here is dead-lettered by the channel: count it by a reason of a few fixed values. */
    private void failed(RuntimeException e) {
        String reason = e instanceof AnalysisDeadlineException ? "deadline"
                : e instanceof InvalidEventException ? "invalid" : "error";
        failedCounter(reason).increment();
    }

    private Counter failedCounter(String reason) {
        return Counter.builder("sinoscope.nlp.articles.failed")
                .description("Articles dead-lettered to articles.ingested.dlq, by reason")
                .tag("reason", reason).register(meters);
    }

    private ArticleIngested parse(String value) {
        try {
            ArticleIngested event = json.readValue(value, ArticleIngested.class);
            if (event.schemaVersion() > ArticleIngested.SCHEMA_VERSION) {
                throw new InvalidEventException("articles.ingested schemaVersion " + event.schemaVersion()
                        + " is newer than this nlp-service understands (" + ArticleIngested.SCHEMA_VERSION + ")");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("articles.ingested value is not a valid event: " + e.getOriginalMessage(), e);
        }
    }
}
