package io.sinoscope.text;

/** Where an entity occurs, in the ORIGINAL text: {@code surface} is exactly {@code original.substring(start, end)}. */
public record Mention(String surface, int start, int end) {
}
