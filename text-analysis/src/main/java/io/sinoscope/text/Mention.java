package io.sinoscope.text;

/**
 * Where an entity occurs, in the ORIGINAL text: {@code surface} is exactly {@code original.substring(start, end)}.
 * {@code confidence} in [0, 1] says how sure the linker is that this span names this entity: a full
 * gazetteer alias is high, a short form lower, a recognised name the gazetteer does not know lowest.
 */
public record Mention(String surface, int start, int end, double confidence) {

    public Mention {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
