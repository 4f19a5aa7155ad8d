package io.sinoscope.text;

/** A segmented word; {@code start}/{@code end} are offsets into the normalized text. */
public record Token(String term, String partOfSpeech, int start, int end) {
}
