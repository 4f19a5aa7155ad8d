package io.sinoscope.text;

import java.util.List;

/**
 * An entity found in a text. {@code id} is the gazetteer id, or {@code unlinked:<type>:<simplified surface>}
 * for a name the recogniser found but the gazetteer does not know.
 */
public record LinkedEntity(String id, String name, EntityType type, List<Mention> mentions) {

    /**
     * A link no surer than this in every mention is a possible link: an unlisted spelling joined to a listed entity
     * by its phonetic key, shown as "possible". query-service keeps it in the entity filter, so that a search by the
     * listed name finds it, and out of the entity facet and the per-entity counts.
     */
    public static final double POSSIBLE_AT_MOST = 0.45;

    /** How the id of a name no gazetteer or knowledge-base entry lists begins ({@code unlinked:person:~de-lai-ni}). */
    public static final String UNLINKED_PREFIX = "unlinked:";

    /**
     * Whether a link to the listed entity {@code id} is only possible: every mention at most {@link #POSSIBLE_AT_MOST}
     * sure. An unlinked name is never a possible link (its low confidence says it is listed nowhere, not that it may
     * be someone else).
     */
    public static boolean possible(String id, List<Double> confidences) {
        return !isUnlinked(id) && !confidences.isEmpty() && confidences.stream().allMatch(c -> c <= POSSIBLE_AT_MOST);
    }

    /** Whether {@code id} names an unlinked name rather than a listed entity. */
    public static boolean isUnlinked(String id) {
        return id != null && id.startsWith(UNLINKED_PREFIX);
    }

    public LinkedEntity {
        mentions = List.copyOf(mentions);
    }
}
