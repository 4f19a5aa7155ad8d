package io.sinoscope.text;

/** Writing system of a text's Han characters. */
public enum Script {
    SIMPLIFIED,
    TRADITIONAL,
    MIXED,
    /** The text contains no Han characters at all. */
    NONE
}
