package io.sinoscope.text.segment;

/**
 * Which characters transliterate foreign names, by how many of a dictionary's transliterated names use them (the
 * entity step's {@code TransliterationTable}, generated from HanLP's transliterated-name dictionary). The word-edge
 * rule asks it whether a listed name sits inside a longer transliterated name the dictionary lacks (莫迪 in 莫迪亚诺).
 */
public interface TransliterationCharacters {

    /** Whether every character of {@code piece} is a transliteration character (the middle dot aside). */
    boolean transliterationChars(String piece);
}
