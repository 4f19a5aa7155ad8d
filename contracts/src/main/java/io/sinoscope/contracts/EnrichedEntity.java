package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A canonical entity an article mentions, with every place it is mentioned.
 *
 * @param id   canonical id, the same for every script and transliteration of the entity
 * @param name canonical English name
 * @param type PERSON, ORGANIZATION, LOCATION or OTHER
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedEntity(String id, String name, String type, List<EntityMention> mentions) {
}
