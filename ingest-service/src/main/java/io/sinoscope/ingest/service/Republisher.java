package io.sinoscope.ingest.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.sinoscope.support.problem.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Re-publishes stored articles, e.g. to reprocess them after an analyser upgrade, by handing them back to the outbox:
 * PUBLISHED articles become RECEIVED (the relay sends them again, consumers re-analyse and replace), RETRACTED ones
 * become RETRACTING (tombstones are sent again). Keyset batches in their own transactions keep locks short and let
 * progress be read while the job runs. Jobs live in this instance's memory: a restart forgets them, not the articles
 * already re-queued.
 */
@ApplicationScoped
public class Republisher {

    private static final Logger LOG = Logger.getLogger(Republisher.class);
    private static final int BATCH = 1000;
    private static final Map<ArticleStatus, ArticleStatus> REQUEUED_AS = Map.of(
            ArticleStatus.PUBLISHED, ArticleStatus.RECEIVED, ArticleStatus.RETRACTED, ArticleStatus.RETRACTING);

    private final ArticleRepository articles;
    private final Map<String, RepublishJob> jobs = new ConcurrentHashMap<>();

    public Republisher(ArticleRepository articles) {
        this.articles = articles;
    }

    public RepublishJob start(Instant since, ArticleStatus status) {
        ArticleStatus requeuedAs = REQUEUED_AS.get(status);
        if (requeuedAs == null) {
            throw ProblemException.badRequest("status must be PUBLISHED (send articles again) or RETRACTED (send "
                    + "their retractions again), not " + status);
        }
        RepublishJob job = new RepublishJob(UUID.randomUUID().toString(), since, status);
        jobs.put(job.id(), job);
        // Its own Vert.x context, as Hibernate Reactive needs, outliving the request that started it.
        VertxContextSupport.subscribe(() -> Panache.withSession(() -> articles.countForRepublish(status, since))
                        .invoke(total -> job.total(total))
                        .chain(() -> requeueFrom("", job, requeuedAs))
                        .toMulti(),
                subscribe -> subscribe.with(done -> { }, failure -> {
                    LOG.errorf(failure, "republish job %s failed", job.id());
                    job.failed(failure);
                }, job::finished));
        return job;
    }

    public Optional<RepublishJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private Uni<Void> requeueFrom(String afterId, RepublishJob job, ArticleStatus requeuedAs) {
        return Panache.withTransaction(() -> articles.requeue(job.status(), job.since(), afterId, BATCH, requeuedAs))
                .flatMap(lastId -> {
                    if (lastId.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    job.requeued(lastId.get().count());
                    return requeueFrom(lastId.get().lastId(), job, requeuedAs);
                });
    }
}
