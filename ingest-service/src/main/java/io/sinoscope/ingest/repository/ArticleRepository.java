package io.sinoscope.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    public Uni<Article> findBySourceAndExternalId(String source, String externalId) {
        return find("source = ?1 and externalId = ?2", source, externalId).firstResult();
    }

    public Uni<Article> findOriginalWithContent(String source, String contentHash) {
        return find("source = ?1 and contentHash = ?2 and status <> ?3 order by receivedAt", source, contentHash,
                ArticleStatus.DUPLICATE).firstResult();
    }

    /**
     * The oldest articles not yet published, locked for this transaction. SKIP LOCKED lets several ingest replicas
     * relay side by side without publishing the same row twice.
     */
    public Uni<List<Article>> lockPendingForPublish(int limit) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT * FROM {h-schema}article WHERE status IN ('RECEIVED', 'RETRACTING') ORDER BY received_at LIMIT :limit"
                                + " FOR UPDATE SKIP LOCKED", Article.class)
                .setParameter("limit", limit)
                .getResultList());
    }
}
