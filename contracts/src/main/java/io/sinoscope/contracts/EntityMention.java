package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The characters of the original text that name an entity, {@code [start, end)}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityMention(String surface, int start, int end) {
}
