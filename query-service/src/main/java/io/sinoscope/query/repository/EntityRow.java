package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A canonical entity some article mentions (table {@code query.entity}); name is the canonical English name. */
@Entity
@Table(name = "entity")
public class EntityRow extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String type;
}
