package io.sinoscope.ingest.cleaning;

import io.sinoscope.textrules.HanCharacters;
import io.sinoscope.support.problem.ProblemException;

/**
 * Refuses text that is not Chinese-language news before it costs analysis: the share of Han characters among all
 * letters (Han, Latin, any script; digits, punctuation and spaces do not count) must reach a threshold, and there
 * must be enough Han characters to be an article at all. The default share is low because Chinese news legitimately
 * carries English names, tickers and acronyms (MP Materials, GDP, AI). Built from configuration by the intake.
 */
public class LanguageGate {

    private static final double DEFAULT_MIN_SHARE = 0.3;
    private static final int DEFAULT_MIN_HAN = 10;
    private static final String HOW_TO_DISABLE = "; Sinoscope ingests Chinese-language news. Disable the check with "
            + "sinoscope.cleaning.language-gate.enabled=false";

    private final double minShare;
    private final int minHan;

    public LanguageGate() {
        this(DEFAULT_MIN_SHARE, DEFAULT_MIN_HAN);
    }

    /**
     * @param minShare the least share of Han characters among letters, 0 to 1
     * @param minHan the least number of Han characters
     */
    public LanguageGate(double minShare, int minHan) {
        this.minShare = minShare;
        this.minHan = minHan;
    }

    /** @throws ProblemException 422, naming what was found, when the text is not Chinese */
    public void check(String text) {
        long han = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (HanCharacters.isHan(c)) {
                han++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            i += Character.charCount(c);
        }
        double share = letters == 0 ? 0 : (double) han / letters;
        if (share < minShare) {
            // Floor, so that a refused 29.6% is not reported as the 30% that would have passed.
            throw ProblemException.unprocessable("the text is " + (long) Math.floor(share * 100) + "% Chinese (" + han
                    + " of " + letters + " letters; at least " + Math.round(minShare * 100) + "% needed)"
                    + HOW_TO_DISABLE);
        }
        if (han < minHan) {
            throw ProblemException.unprocessable("the text has " + han + " Chinese characters, fewer than the "
                    + minHan + " an article needs" + HOW_TO_DISABLE);
        }
    }
}
