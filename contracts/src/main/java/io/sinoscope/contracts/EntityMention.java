package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The characters of the original text that name an entity, {@code [start, end)}.
 *
 * @param confidence 0–1: how sure the linking is (a full gazetteer alias is surer than a surname alone)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityMention(String surface, int start, int end, double confidence) {
}
