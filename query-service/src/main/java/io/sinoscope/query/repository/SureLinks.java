package io.sinoscope.query.repository;

import io.sinoscope.text.LinkedEntity;
import java.util.Locale;

/**
 * The SQL test of a sure mention, for the counts an analyst reads as "articles about X" (entity profile, entities
 * API, a story's shared entities): they count what the search's entity facet counts. A possible link (an unlisted
 * spelling joined to a listed entity by phonetic key, every mention at most {@link LinkedEntity#POSSIBLE_AT_MOST}
 * sure, {@link LinkedEntity#possible}) is left out; an article counts for an entity when one of its mentions of it is
 * sure, which is exactly when the link is not possible. A mention of an unlinked name is sure (its low confidence says
 * it is listed nowhere), and so is one stored before confidences were (V12, null), as an index rebuild reads it.
 */
final class SureLinks {

    private SureLinks() {
    }

    /** A condition on the mention row {@code alias} (of query.mention): true when the mention is sure. */
    static String mention(String alias) {
        return String.format(Locale.ROOT, "(%1$s.confidence is null or %1$s.confidence > %2$s "
                + "or %1$s.entity_id like '%3$s%%')", alias, Double.toString(LinkedEntity.POSSIBLE_AT_MOST),
                LinkedEntity.UNLINKED_PREFIX);
    }
}
