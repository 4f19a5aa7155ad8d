package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A retraction recorded with ingest's version of the article, so that no version up to it comes back. */
@Entity
@Table(name = "retraction")
public class RetractionRow extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;
    public long version;
    @Column(name = "retracted_at")
    public Instant retractedAt;
}
