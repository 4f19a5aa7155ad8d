package io.sinoscope.text;

import java.util.List;

/**
 * An entity found in a text. {@code id} is the gazetteer id, or {@code unlinked:<type>:<simplified surface>}
 * for a name the recogniser found but the gazetteer does not know.
 */
public record LinkedEntity(String id, String name, EntityType type, List<Mention> mentions) {

    /**
     * A link no surer than this in every mention is a possible link: an unlisted spelling joined to a listed entity
     * by its phonetic key, shown as "possible" and left out of facets.
     */
    public static final double POSSIBLE_AT_MOST = 0.45;

    /** Whether every mention is at most {@link #POSSIBLE_AT_MOST} sure. */
    public static boolean possible(List<Double> confidences) {
        return !confidences.isEmpty() && confidences.stream().allMatch(c -> c <= POSSIBLE_AT_MOST);
    }

    public LinkedEntity {
        mentions = List.copyOf(mentions);
    }
}
