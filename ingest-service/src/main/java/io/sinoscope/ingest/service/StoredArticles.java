package io.sinoscope.ingest.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** The read side of what ingest holds: one article, and the counts operators watch. */
@ApplicationScoped
public class StoredArticles {

    /**
     * @param byStatus             stored articles per status, every status present (0 when none)
     * @param outboxBacklog        articles and retractions stored but not yet acknowledged by Kafka
     * @param oldestPendingSeconds age of the oldest of those, 0 when there are none
     */
    public record Counts(Map<String, Long> byStatus, long outboxBacklog, long oldestPendingSeconds) {
    }

    private final ArticleRepository articles;

    public StoredArticles(ArticleRepository articles) {
        this.articles = articles;
    }

    @WithSession
    public Uni<Optional<StoredArticle>> find(String id) {
        return articles.findById(id).map(article -> Optional.ofNullable(article).map(StoredArticle::of));
    }

    @WithSession
    public Uni<Counts> counts() {
        return articles.countByStatus().flatMap(byStatus -> articles.oldestPendingSeconds().map(oldest ->
                new Counts(byStatus, byStatus.getOrDefault("RECEIVED", 0L) + byStatus.getOrDefault("RETRACTING", 0L),
                        oldest)));
    }
}
