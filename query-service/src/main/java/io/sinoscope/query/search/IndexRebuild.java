package io.sinoscope.query.search;

/**
 * How a {@link SearchBackend} is rebuilt from PostgreSQL, the source of truth: between {@link #beginRebuild} and
 * {@link #endRebuild} every stored article is indexed again.
 */
public interface IndexRebuild {

    /**
     * Format of the documents this code writes: their fields and how they are analysed. Bump it when they change (2:
     * the {@link IndexFields#WORDS} field; 3: those words without names inside longer names or across word edges; 4: a
     * numeral or particle no longer glues a name into a longer word, and 畔 keeps the place before it; 5: a compound of a
     * name and a head word is a word and the name inside it is not, 中山路 gives no 中山; 6: the id sortable, as every
     * sort's last key; 7: a listed name that is only a fragment of a longer transliterated
     * name is not a word, 莫迪里安尼 gives no 莫迪, and 罗马市|长 gives 罗马; 8: the sure links in a facet field of their
     * own, {@link IndexFields#ENTITY_FACET}, and the possible ones stored, {@link IndexFields#ENTITY_POSSIBLE}); an
     * index of another format is rebuilt at start.
     */
    int INDEX_FORMAT = 8;

    /**
     * Whether the index holds documents of an older {@link #INDEX_FORMAT} (searches that rely on a newer field would
     * miss them): true until a rebuild has rewritten every document. False for an empty index.
     */
    boolean outdatedFormat();

    /** A rebuild from PostgreSQL begins: everything stored will be indexed again. */
    void beginRebuild();

    /** The rebuild indexed everything stored: the rebuilt index is the one searched from now on. */
    void endRebuild();
}
