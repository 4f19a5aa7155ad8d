package io.sinoscope.text;

import java.util.List;

public record Analysis(NormalizedText text, List<Token> tokens, List<LinkedEntity> entities, List<String> keywords) {

    public Analysis {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
    }
}
