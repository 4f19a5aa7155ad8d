package io.sinoscope.query.story;

import java.util.List;

/**
 * Where the clusterer put one article.
 *
 * @param storyId the story it belongs to now
 * @param outcome whether it joined an existing story or started this one
 * @param score   the winning story's score (for a started story: the best score seen, which stayed below the
 *                threshold; 0 when no story was a candidate)
 * @param reasons what the score was made of, for the analyst and the evaluation's error lists
 */
public record StoryAssignment(String storyId, Outcome outcome, double score, List<String> reasons) {

    public StoryAssignment {
        reasons = List.copyOf(reasons);
    }

    public boolean joined() {
        return outcome == Outcome.JOINED;
    }

    public enum Outcome { JOINED, STARTED }
}
