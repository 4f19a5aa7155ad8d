package io.sinoscope.query.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well one article fits one story:
 * {@code (entityWeight·E + textWeight·T + factWeight·F) · (1 − timeWeight + timeWeight·D)} where
 * <ul>
 *   <li>E is the cosine of the article's entities and the story's, each weighted by its IDF (every article names
 *       中国 or 美国; few name 石破茂);</li>
 *   <li>T is the cosine of the article's TF-IDF bigram vector and the story's centroid;</li>
 *   <li>F compares the article's lead trade measure with the story's measures (see {@link #facts});</li>
 *   <li>D is 0.5^(distance / halfLife), the distance from the article's time to the story's span.</li>
 * </ul>
 */
final class StoryScore {

    /** A lead measure the story does not report counts against it, less than a contradicting one. */
    static final double NEW_MEASURE = 0.5;

    private final StoryClusteringConfig config;
    private final DocumentFrequencies frequencies;
    private final StoryEvidence article;
    private final Map<String, Integer> bigrams;
    private final double articleNorm;
    private final Map<String, Double> bigramIdf = new HashMap<>();
    private final List<String> articleEntities;
    /** The norm of the article's entity vector. */
    private final double articleEntityWeight;

    StoryScore(StoryClusteringConfig config, DocumentFrequencies frequencies, StoryEvidence article,
            Map<String, Integer> bigrams) {
        this.config = config;
        this.frequencies = frequencies;
        this.article = article;
        this.bigrams = bigrams;
        double norm = 0;
        for (Map.Entry<String, Integer> e : bigrams.entrySet()) {
            double w = e.getValue() * bigramIdf(e.getKey());
            norm += w * w;
        }
        this.articleNorm = Math.sqrt(norm);
        this.articleEntities = article.entities().stream().map(StoryEvidence.LinkedEntity::id).distinct().toList();
        this.articleEntityWeight = Math.sqrt(articleEntities.stream().mapToDouble(this::entityIdf)
                .map(w -> w * w).sum());
    }

    record Result(Story story, double score, List<String> reasons) {
    }

    Result score(Story story) {
        List<String> reasons = new ArrayList<>();
        double entities = entities(story, reasons);
        double text = text(story);
        reasons.add("text " + StoryClusterer.format(text));
        double facts = facts(story, reasons);
        Duration distance = story.distance(article.publishedAt());
        double decay = Math.pow(0.5, (double) distance.toSeconds() / config.halfLife().toSeconds());
        reasons.add("time " + StoryClusterer.format(decay) + " (" + distance.toHours() + " h from the story)");
        double content = config.entityWeight() * entities + config.textWeight() * text + config.factWeight() * facts;
        double score = content * (1 - config.timeWeight() + config.timeWeight() * decay);
        return new Result(story, score, reasons);
    }

    /**
     * Cosine of the article's entities (each weighted by its IDF) and the story's (IDF times the share of members
     * linking it): an article naming only 外交部 and 美国 is not close to a story whose members all name 洛克希德·马丁.
     */
    private double entities(Story story, List<String> reasons) {
        if (articleEntityWeight == 0 || story.entityCounts().isEmpty()) {
            reasons.add("entities: none to compare");
            return 0;
        }
        double members = story.members().size();
        double dot = 0;
        double storyNorm = 0;
        for (Map.Entry<String, Integer> e : story.entityCounts().entrySet()) {
            double w = entityIdf(e.getKey()) * e.getValue() / members;
            storyNorm += w * w;
        }
        List<String> names = new ArrayList<>();
        for (String id : articleEntities) {
            Integer count = story.entityCounts().get(id);
            if (count != null) {
                double idf = entityIdf(id);
                dot += idf * idf * count / members;
                names.add(id);
            }
        }
        double cosine = dot / (articleEntityWeight * Math.sqrt(storyNorm));
        names.sort(Comparator.comparingDouble(this::entityIdf).reversed().thenComparing(Comparator.naturalOrder()));
        reasons.add("entities " + StoryClusterer.format(cosine) + " " + names.subList(0, Math.min(4, names.size())));
        return cosine;
    }

    private double text(Story story) {
        if (articleNorm == 0) {
            return 0;
        }
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Double> e : story.centroid().entrySet()) {
            double idf = bigramIdf(e.getKey());
            double w = e.getValue() * idf;
            norm += w * w;
            Integer tf = bigrams.get(e.getKey());
            if (tf != null) {
                dot += w * tf * idf;
            }
        }
        return norm == 0 ? 0 : dot / (Math.sqrt(norm) * articleNorm);
    }

    /**
     * The article's lead measure against the story's: +1 when the story reports it, −1 when the story reports a
     * distinct one of the same parties (other goods, another rate), −{@value #NEW_MEASURE} when the story reports
     * measures and this one, stated with goods or a rate, is none of them (a new decision that may cite the story's
     * measure as background), 0 when either side reports no measure or the lead names no more than its parties
     * (too little to call it new, and the parties are what extraction most often reads backwards).
     */
    private double facts(Story story, List<String> reasons) {
        var lead = article.leadMeasure();
        if (lead.isEmpty() || story.facts().isEmpty()) {
            return 0;
        }
        FactSignature.Relation relation = FactSignature.Relation.UNRELATED;
        for (FactSignature reported : story.facts()) {
            FactSignature.Relation r = lead.get().relationTo(reported, config.productOverlap());
            if (r == FactSignature.Relation.SAME) {
                relation = r;
                break;
            }
            if (r == FactSignature.Relation.DISTINCT) {
                relation = r;
            }
        }
        double f = switch (relation) {
            case SAME -> 1;
            case DISTINCT -> -1;
            case UNRELATED -> lead.get().product() != null || lead.get().to() != null ? -NEW_MEASURE : 0;
        };
        reasons.add("measures " + StoryClusterer.format(f) + " (lead " + relation.name().toLowerCase(Locale.ROOT)
                + ")");
        return f;
    }

    /** Memoised for this article: document frequencies do not change while its candidates are scored. */
    private double bigramIdf(String term) {
        return bigramIdf.computeIfAbsent(term, t -> frequencies.idf("b:" + t));
    }

    private double entityIdf(String id) {
        return frequencies.idf("e:" + id);
    }
}
