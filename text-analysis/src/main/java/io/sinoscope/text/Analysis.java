package io.sinoscope.text;

import io.sinoscope.text.fact.Fact;
import io.sinoscope.text.topic.Topic;

import java.util.List;

public record Analysis(NormalizedText text, List<Token> tokens, List<LinkedEntity> entities, List<String> keywords,
        List<Fact> facts, List<Topic> topics, String summary) {

    public Analysis {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
        facts = List.copyOf(facts);
        topics = List.copyOf(topics);
    }
}
