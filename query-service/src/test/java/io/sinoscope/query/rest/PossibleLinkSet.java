package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import java.util.List;

/**
 * Possible links and the entity facet (issue 22): two reports, written for this set, of one meeting of the British
 * prime minister, each carrying the real linker's entities. The Taiwan report writes 史塔默, a spelling no list has,
 * which the linker joins to the listed 斯塔默 (Keir Starmer) by phonetic key only: a possible link. The mainland
 * report writes the listed 斯塔默: a sure link. The entity filter and a search by the listed name find both; the
 * entity facet, the entity profile's counts and its recent articles count the mainland report only.
 */
final class PossibleLinkSet {

    static final String SOURCE = "possible-wire";
    /** Both reports' title: one word they share, to wait for them. */
    static final String TITLE = "英法会谈";
    static final String STARMER_ID = TransliterationSearchSet.STARMER_ID;

    /** Taiwan: 史塔默, joined to Keir Starmer by phonetic key only. */
    static final String POSSIBLE = "pl-tw-starmer";
    /** Mainland: the listed 斯塔默. */
    static final String SURE = "pl-cn-starmer";

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return List.of(
                fixtures.article(POSSIBLE, TITLE, "英國首相史塔默週三在倫敦會見法國總統，雙方同意加強打擊非法移民的合作。",
                        "2025-04-09T02:00:00Z").source(SOURCE).linked().build(),
                fixtures.article(SURE, TITLE, "英国首相斯塔默周三在伦敦会见法国总统，双方同意加强打击非法移民的合作。",
                        "2025-04-09T03:00:00Z").source(SOURCE).linked().build());
    }

    private PossibleLinkSet() {
    }
}
