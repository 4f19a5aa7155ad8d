package io.sinoscope.text;

import java.util.List;

/** A gazetteer entry; {@code wikidataId} is empty when not known with certainty. */
public record CanonicalEntity(String id, String name, EntityType type, String wikidataId, List<String> aliases) {

    public CanonicalEntity {
        aliases = List.copyOf(aliases);
    }
}
