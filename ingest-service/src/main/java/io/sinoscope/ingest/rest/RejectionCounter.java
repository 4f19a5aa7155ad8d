package io.sinoscope.ingest.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts submissions refused at the door, by HTTP status (400 invalid, 413 too large, 422 undecodable or not
 * Chinese, ...): they are never stored, so this is the only trace of them. Exported as the Prometheus counter
 * {@code sinoscope_ingest_rejected_total{status}} and summarised by {@code GET /api/v1/stats}.
 */
public class RejectionCounter {

    static final String METER = "sinoscope.ingest.rejected";

    private final MeterRegistry registry;

    public RejectionCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if ("POST".equals(request.getMethod()) && response.getStatus() >= 400 && response.getStatus() < 500) {
            registry.counter(METER, "status", Integer.toString(response.getStatus())).increment();
        }
    }

    Map<String, Long> byStatus() {
        Map<String, Long> counts = new TreeMap<>();
        registry.find(METER).counters().forEach(c -> counts.put(c.getId().getTag("status"), (long) c.count()));
        return counts;
    }
}
