-- MinHash signature of the cleaned text (64 x 32-bit, big-endian) for estimating Jaccard similarity of shingles.
ALTER TABLE article ADD COLUMN minhash bytea;

-- Locality-sensitive hashing: the signature cut into 16 bands of 4 rows, one bucket hash per band. Articles with
-- similar text share a bucket in some band with high probability (Jaccard 0.8: 99.98 %), so candidates are found by
-- 16 index probes whatever the number of articles. Only originals are indexed: duplicates point at the first one.
CREATE TABLE article_minhash_band (
    band       smallint NOT NULL,
    bucket     bigint NOT NULL,
    article_id varchar(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
);
CREATE INDEX article_minhash_band_article ON article_minhash_band (article_id);
