package io.sinoscope.support.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule file's own checks (the metric names are checked by each service's metrics test against its scrape): the
 * expression reader finds the series names, every alert says which service it is about, and its {@code runbook}
 * annotation leads to a section of docs/operations.md that exists.
 */
class AlertRulesTest {

    private static final Set<String> SERVICES = Set.of("ingest-service", "nlp-service", "query-service", "any");
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theExpressionReaderFindsSeriesNamesAndNothingElse() {
        assertEquals(Set.of("sinoscope_nlp_analysis_seconds_bucket"), AlertRules.metricNames(
                "histogram_quantile(0.95, sum by (le) (rate(sinoscope_nlp_analysis_seconds_bucket[10m]))) > 1"));
        assertEquals(Set.of("kafka_consumer_fetch_manager_records_lag"), AlertRules.metricNames(
                "sum by (pod) (kafka_consumer_fetch_manager_records_lag{topic=\"articles.enriched\"}) > 5000"));
        assertEquals(Set.of("up"), AlertRules.metricNames("up{job=~\"ingest-service|nlp-service\"} == 0"));
        assertEquals(Set.of("a_total", "b"), AlertRules.metricNames("increase(a_total[5m]) > on (x) group_left b"));
    }

    @Test
    void everyAlertNamesItsServiceAndARunbookSectionThatExists() throws Exception {
        List<AlertRules.Alert> alerts = AlertRules.read(ROOT.resolve(AlertRules.FILE));
        assertFalse(alerts.isEmpty());
        Set<String> anchors = anchors(Files.readString(ROOT.resolve("docs/operations.md")));
        JsonNode rule = new YAMLMapper().readTree(ROOT.resolve(AlertRules.FILE).toFile());
        Set<String> seen = new HashSet<>();
        for (JsonNode group : rule.path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                String name = r.path("alert").asText();
                assertTrue(seen.add(name), "alert " + name + " twice");
                assertTrue(SERVICES.contains(r.path("labels").path("service").asText()),
                        name + ": label service must be one of " + SERVICES);
                assertFalse(r.path("labels").path("severity").asText().isEmpty(), name + ": no severity label");
                String runbook = r.path("annotations").path("runbook").asText();
                assertTrue(runbook.startsWith("docs/operations.md#"), name + ": runbook " + runbook);
                String anchor = runbook.substring(runbook.indexOf('#') + 1);
                assertTrue(anchors.contains(anchor), name + ": docs/operations.md has no section #" + anchor);
            }
        }
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
