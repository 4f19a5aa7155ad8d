package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import jakarta.persistence.Convert;
import org.hibernate.annotations.ColumnTransformer;

/** A normalised number or date an article states; offsets into the original text. */
@Entity
@Table(name = "fact")
public class FactRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public String articleId;
    public String kind;
    public String text;
    public Double value;
    public String unit;
    public String currency;
    public String date;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Convert(converter = JsonColumns.ObjectMap.class)
    @ColumnTransformer(read = "attributes::text", write = "(?::text)::jsonb")
    public Map<String, Object> attributes;
}
