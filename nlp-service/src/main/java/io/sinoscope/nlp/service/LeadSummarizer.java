package io.sinoscope.nlp.service;

/**
 * The lead of a news article is its summary: whole sentences from the start of the text, up to a length. News
 * writing puts who/what/when first, so this beats any extractive scoring on short wire copy.
 */
final class LeadSummarizer {

    private static final String SENTENCE_ENDS = "。！？!?";

    private LeadSummarizer() {
    }

    static String summarize(String text, int maxChars) {
        String flat = text.replaceAll("\\s*\\n\\s*", " ").strip();
        if (flat.length() <= maxChars) {
            return flat;
        }
        int cut = -1;
        for (int i = 0; i < maxChars; i++) {
            if (SENTENCE_ENDS.indexOf(flat.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        // No sentence end within the limit: a cut mid-sentence, marked as such, beats an empty summary.
        return cut > 0 ? flat.substring(0, cut) : flat.substring(0, maxChars) + "…";
    }
}
