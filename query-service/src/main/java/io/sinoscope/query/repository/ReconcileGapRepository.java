package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gaps reconciliation found ({@link ReconcileGapRow}); methods need a Vert.x context and a session. */
@ApplicationScoped
public class ReconcileGapRepository {

    /** Recorded gaps of these articles, by id. */
    public Uni<Map<String, ReconcileGapRow>> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return ReconcileGapRow.<ReconcileGapRow>list("articleId in ?1", ids).map(rows -> {
            Map<String, ReconcileGapRow> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(row.articleId, row));
            return byId;
        });
    }

    /** Forgets the gaps of these articles: they are held as published now. */
    public Uni<Long> closeAll(List<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(0L) : ReconcileGapRow.delete("articleId in ?1", ids);
    }

    /**
     * Forgets gaps a complete walk that started at {@code walkStartedAt} no longer met, among those it could have met:
     * the walk lists what ingest relayed before {@code relayedBefore}, and an article asked for again at or after that
     * bound is being relayed anew (requeued, then relayed with a new time), so the walk could not see it. Forgetting
     * such a gap would restart its attempts at the next walk, and an unrepairable article would be asked for without
     * end.
     */
    public Uni<Long> closeUnseenSince(Instant walkStartedAt, Instant relayedBefore) {
        return ReconcileGapRow.delete("lastSeenAt < ?1 and (lastRequestedAt is null or lastRequestedAt < ?2)",
                walkStartedAt, relayedBefore);
    }

    /** Open gaps by kind, and how many of them were asked for {@code maxAttempts} times already. */
    public Uni<Map<String, Long>> countsByKind() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select g.kind, count(g) from ReconcileGapRow g group by g.kind", Object[].class)
                .getResultList()).map(rows -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
                    return counts;
                });
    }

    public Uni<Long> countUnrepairable(int maxAttempts) {
        return ReconcileGapRow.count("attempts >= ?1", maxAttempts);
    }

    /** Up to {@code limit} gaps, oldest first. */
    public Uni<List<ReconcileGapRow>> oldest(int limit) {
        return ReconcileGapRow.<ReconcileGapRow>findAll(Sort.by("firstSeenAt").and("articleId")).page(0, limit).list();
    }
}
