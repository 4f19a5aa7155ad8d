package io.sinoscope.query.search.lucene;


/**
 * One search's counts of a facet field, by {@link FacetValueIds} id, in pages of 1,024 allocated when a hit first
 * counts an id in them.
 *
 * <p>Why pages: the entity field holds hundreds of thousands of distinct ids. One dense array over them cost every
 * search an allocation of that size (a humongous object to G1, with a collection of its own) and a pass over all of it
 * to find the top values — for a one-hit search as for one matching half the index. Pages cost what the hits touch;
 * a search that counts everywhere pays one page reference per 1,024 ids on top of the dense array.
 */
final class CountsById {

    private static final int PAGE_BITS = 10;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int OFFSET_MASK = PAGE_SIZE - 1;

    /** Receives an id and its count. */
    interface Visitor {
        void visit(int id, int count);
    }

    private final int[][] pages;

    /** @param ids every id counted is below it */
    CountsById(int ids) {
        pages = new int[(ids + PAGE_SIZE - 1) >>> PAGE_BITS][];
    }

    void increment(int id) {
        add(id, 1);
    }

    private void add(int id, int count) {
        int[] page = pages[id >>> PAGE_BITS];
        if (page == null) {
            page = new int[PAGE_SIZE];
            pages[id >>> PAGE_BITS] = page;
        }
        page[id & OFFSET_MASK] += count;
    }

    /** Adds another search slice's counts (same field, same or fewer ids) to these. */
    void addAll(CountsById other) {
        other.forEachCounted(this::add);
    }

    /** Visits every id counted at least once, in id order. */
    void forEachCounted(Visitor visitor) {
        for (int p = 0; p < pages.length; p++) {
            int[] page = pages[p];
            if (page == null) {
                continue;
            }
            for (int offset = 0; offset < PAGE_SIZE; offset++) {
                if (page[offset] > 0) {
                    visitor.visit((p << PAGE_BITS) | offset, page[offset]);
                }
            }
        }
    }
}
