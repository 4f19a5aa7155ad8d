package io.sinoscope.query.story;

import java.time.Instant;
import java.util.List;

/** A live story as the clusterer holds it: its members in the order they joined and its time span. */
public record StoryView(String id, List<String> memberIds, Instant firstPublished, Instant lastPublished) {

    public StoryView {
        memberIds = List.copyOf(memberIds);
    }
}
