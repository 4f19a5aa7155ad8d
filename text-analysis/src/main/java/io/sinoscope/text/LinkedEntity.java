package io.sinoscope.text;

import java.util.List;

/**
 * An entity found in a text. {@code id} is the gazetteer id, or {@code unlinked:<type>:<simplified surface>}
 * for a name the recogniser found but the gazetteer does not know.
 */
public record LinkedEntity(String id, String name, EntityType type, List<Mention> mentions) {

    public LinkedEntity {
        mentions = List.copyOf(mentions);
    }
}
