package io.sinoscope.query.story.comparison;

/**
 * Knobs of the comparison ({@code sinoscope.stories.comparison.*}).
 *
 * @param topTerms      distinctive terms kept per region
 * @param priorStrength α0, the total pseudo-count of the informative Dirichlet prior, spread over the story's words in
 *                      proportion to their background document frequency
 * @param minZ          a term is distinctive only when its z-score reaches this; with a few reports per region a word
 *                      one side never uses rarely reaches 1.96 (two-sided 5%), so the default is one standard
 *                      deviation and each term shows its z
 */
public record ComparisonSettings(int topTerms, double priorStrength, double minZ) {

    public static final ComparisonSettings DEFAULTS = new ComparisonSettings(10, 100, 1.0);

    public ComparisonSettings {
        if (topTerms < 0 || priorStrength <= 0 || Double.isNaN(minZ)) {
            throw new IllegalArgumentException("topTerms >= 0 and priorStrength > 0 are required");
        }
    }
}
