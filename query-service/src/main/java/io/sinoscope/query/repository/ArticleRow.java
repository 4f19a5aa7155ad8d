package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.sinoscope.contracts.CleaningReport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import jakarta.persistence.Convert;
import org.hibernate.annotations.ColumnTransformer;

/** One enriched article, the latest version received (table {@code query.article}). */
@Entity
@Table(name = "article")
public class ArticleRow extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "external_id")
    public String externalId;
    public String source;
    public String url;
    public String title;
    public String text;
    @Column(name = "normalized_title")
    public String normalizedTitle;
    @Column(name = "normalized_text")
    public String normalizedText;
    public String script;
    public String region;
    @Column(name = "region_confidence")
    public Double regionConfidence;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "content_hash")
    public String contentHash;
    @Convert(converter = JsonColumns.StringList.class)
    @ColumnTransformer(read = "keywords::text", write = "(?::text)::jsonb")
    public List<String> keywords;
    @Convert(converter = JsonColumns.StringList.class)
    @ColumnTransformer(read = "topics::text", write = "(?::text)::jsonb")
    public List<String> topics;
    public String summary;
    @Column(name = "analyzer_version")
    public String analyzerVersion;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    /** ingest-service's version of the article; null when the event came from a producer that predates it. */
    public Long version;
    /**
     * When this version was handed to the index: set as it is stored, at or before the moment it is added to the
     * Lucene index ({@code LuceneIndex#beginUpdate}); null for a version stored but never handed over. After a crash,
     * every article with a null or a time at or after the last index commit's is indexed again.
     */
    @Column(name = "indexed_at")
    public Instant indexedAt;
    /** What ingest-service's cleaning removed, as the event carried it; null when it carried none. */
    @Convert(converter = JsonColumns.Cleaning.class)
    @ColumnTransformer(read = "cleaning::text", write = "(?::text)::jsonb")
    public CleaningReport cleaning;
}
