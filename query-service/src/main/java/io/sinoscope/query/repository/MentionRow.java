package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an article names an entity: {@code [start, end)} of the article's original text. */
@Entity
@Table(name = "mention")
public class MentionRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "entity_id")
    public String entityId;
    public String surface;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    /** How sure the linker was (0-1); null when stored before the column was (V12). */
    public Double confidence;
}
