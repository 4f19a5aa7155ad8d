package io.sinoscope.ingest.repository;

import io.sinoscope.ingest.dedup.MinHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article as ingest-service accepted and cleaned it. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String id;

    public String source;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    public String title;

    /** The cleaned text, in its original script: analysis happens downstream. */
    public String text;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    @Column(name = "content_hash")
    public String contentHash;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    @Column(name = "duplicate_of")
    public String duplicateOf;

    /** How a DUPLICATE relates to its original ({@code DuplicateKind}); null for originals. */
    @Column(name = "duplicate_kind")
    public String duplicateKind;

    /** Estimated similarity of a DUPLICATE's body to its original's, 0 to 1; null for originals. */
    @Column(name = "duplicate_similarity")
    public Float duplicateSimilarity;

    /** The charset the bytes were decoded with; UTF-8 for JSON submissions. */
    public String charset;

    /** 0–100: how sure detection was; 100 when declared by the sender or certain. */
    @Column(name = "charset_confidence")
    public int charsetConfidence;

    /** MinHash signature of the cleaned body and its shingle count ({@code MinHash.toBytes}); null when too short. */
    public byte[] minhash;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    /** The outlet the text names itself (dateline, credit line), when it does. */
    public String outlet;

    /** The reporter the text names, when it does. */
    public String byline;

    /** What cleaning took out (boilerplate, markup), one item per line, for the status endpoint. */
    public String removed;

    /**
     * The cleaner that produced {@link #text}: {@code <sinoscope.cleaning.version>+data.<hash of the cleaning data
     * files>}; null for articles stored before it was recorded.
     */
    @Column(name = "cleaner_version")
    public String cleanerVersion;

    /** Increases each time the sender replaces the content under the same source and externalId. */
    public int version;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "published_to_kafka_at")
    public Instant publishedToKafkaAt;

    /**
     * The LSH buckets this article is indexed under (both bandings, see {@link MinHash}): null unless it is an
     * original (RECEIVED or PUBLISHED) with a signature, since only originals can be found as someone's original.
     */
    public long[] lshBuckets() {
        boolean original = status == ArticleStatus.RECEIVED || status == ArticleStatus.PUBLISHED;
        return original && minhash != null ? MinHash.bandBuckets(MinHash.fromBytes(minhash)) : null;
    }
}
