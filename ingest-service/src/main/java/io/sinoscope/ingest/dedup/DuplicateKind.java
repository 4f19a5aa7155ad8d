package io.sinoscope.ingest.dedup;

/**
 * How a duplicate relates to its original. An update is told from a repost by who sent it and by how much of the
 * body changed: a source sending its own story again with parts rewritten is publishing a newer version of it; the
 * same body under another headline, time or editor's line (or another outlet's copy of it, edited or not) is a
 * repost.
 */
public enum DuplicateKind {
    /** The same cleaned title and text. */
    SAME_CONTENT,
    /** The body again, reframed or from another source. */
    REPOST,
    /** The same source's text with parts changed: a newer version of the original. */
    UPDATE;

    /**
     * @param bodySimilarity     estimated Jaccard similarity of the two bodies
     * @param minRepostSimilarity similarity from which the same source's body counts as unchanged
     */
    public static DuplicateKind of(boolean sameContent, boolean sameSource, double bodySimilarity,
            double minRepostSimilarity) {
        if (sameContent) {
            return SAME_CONTENT;
        }
        return sameSource && bodySimilarity < minRepostSimilarity ? UPDATE : REPOST;
    }
}
