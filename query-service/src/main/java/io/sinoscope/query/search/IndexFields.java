package io.sinoscope.query.search;



/** Field names of the Lucene article index. */
public final class IndexFields {
    /** Article id: StringField, stored; the update/delete key. */
    public static final String ID = "id";
    /**
     * The article id again as SortedDocValues: the last key of every sort, so a search's order is total and cursor
     * pages never repeat or skip a hit ({@link SortKey}). A field of its own, not doc values on {@link #ID}: Lucene
     * refuses to add doc values to a field an existing index holds without them, and an index of format 4 must take
     * new documents until its rebuild ends.
     */
    public static final String ID_SORT = "id_sort";
    /** Normalised title, CJK bigrams with offsets, stored (highlighting). */
    public static final String TITLE = "title";
    /** Normalised text, CJK bigrams with offsets, stored (highlighting). */
    public static final String TEXT = "text";
    /**
     * Words of the normalised title and text by dictionary segmentation ({@link ArticleWords}), folded: StringField,
     * multi-valued, not stored. A short name query must match one of them (or the entity id), not a substring.
     */
    public static final String WORDS = "words";
    /** Original title as published, stored for display. */
    public static final String ORIGINAL_TITLE = "original_title";
    /** Original text as published, stored: snippets are mapped back onto it. */
    public static final String ORIGINAL_TEXT = "original_text";
    /** Topics of the article: StringField (filter) + SortedSetDocValues (facets), multi-valued. */
    public static final String TOPIC = "topic";
    /**
     * Normalised-to-original offset map of the text, stored (varint-encoded): computed once at index time from
     * {@code TextAnalyzer.normalize(original)}; absent when the text needs no map or re-normalising it does not give
     * the indexed text.
     */
    public static final String OFFSET_MAP = "offset_map";
    public static final String EXTERNAL_ID = "external_id";
    /**
     * Every canonical entity id the article links, possible links included: StringField (the entity filter and a name
     * query's entity term), multi-valued. A possible link stays here so that a search by the listed name finds the
     * regional spelling joined to it. Its SortedSetDocValues are no longer counted, but still written: Lucene refuses
     * documents whose fields change structure in an index that holds older ones, and an index of format 7 must take
     * new documents until its rebuild ends.
     */
    public static final String ENTITY = "entity";
    /**
     * The sure links only (every id of {@link #ENTITY} but the possible links, {@link IndexedArticle#possibleEntityIds}):
     * SortedSetDocValues, multi-valued, not searchable. The entity facet counts this field, so an article counts for
     * an entity only where the linker was sure.
     */
    public static final String ENTITY_FACET = "entity_facet";
    /** The possible links of the article, stored only: a hit says which of its links were possible. */
    public static final String ENTITY_POSSIBLE = "entity_possible";
    public static final String SOURCE = "source";
    /** Region code CN, HK, TW or OTHER. */
    public static final String REGION = "region";
    /** Epoch milliseconds: LongPoint (range), NumericDocValues (sort), stored. */
    public static final String PUBLISHED_AT = "published_at";
    /** Content hash of the indexed version, stored: tells whether an article version is already indexed. */
    public static final String CONTENT_HASH = "content_hash";

    private IndexFields() {
    }
}
