package io.sinoscope.text.script;

import io.sinoscope.text.Script;

/**
 * Counts behind a {@link Script} decision: Han characters, those only Traditional writing uses
 * (conversion to Simplified changes them) and those only Simplified writing uses.
 */
public record ScriptEvidence(Script script, int hanCharacters, int traditionalOnly, int simplifiedOnly) {
}
