package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An article ingest-service published that this service does not hold as published, as the last reconciliation found
 * it (table {@code query.reconcile_gap}).
 */
@Entity
@Table(name = "reconcile_gap")
public class ReconcileGapRow extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;
    /** {@code io.sinoscope.query.indexing.GapKind} by name. */
    public String kind;
    @Column(name = "ingest_version")
    public long ingestVersion;
    /** The version stored here, null when none is. */
    @Column(name = "stored_version")
    public Long storedVersion;
    /** Times the article was asked for again at {@link #ingestVersion}. */
    public int attempts;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    @Column(name = "last_requested_at")
    public Instant lastRequestedAt;
}
