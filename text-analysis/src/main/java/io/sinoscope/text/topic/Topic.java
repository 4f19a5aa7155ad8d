package io.sinoscope.text.topic;

import java.util.List;

/**
 * A topic assigned to a text.
 *
 * @param id       taxonomy id, one of {@link TopicClassifier#TAXONOMY}
 * @param score    0..1, grows with the weighted lexicon evidence (see {@link TopicClassifier})
 * @param evidence the lexicon terms found, strongest first
 */
public record Topic(String id, double score, List<String> evidence) {

    public Topic {
        evidence = List.copyOf(evidence);
    }
}
