package io.sinoscope.query.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How well one article fits one story:
 * {@code (entityWeight·E + textWeight·T + factWeight·F) · (1 − timeWeight + timeWeight·D)} where
 * <ul>
 *   <li>E is the share of the article's entity weight the story links, each entity weighted by its IDF (every article
 *       names 中国 or 美国; few name 石破茂);</li>
 *   <li>T is the cosine of the article's TF-IDF bigram vector and the story's centroid;</li>
 *   <li>F is +1 when every trade measure the article reports is one the story reports, −1 when every one is
 *       distinct from the story's (same parties, other goods or another rate), in between when mixed, 0 without
 *       comparable measures;</li>
 *   <li>D is 0.5^(distance / halfLife), the distance from the article's time to the story's span.</li>
 * </ul>
 */
final class StoryScore {

    private final StoryClusteringConfig config;
    private final DocumentFrequencies frequencies;
    private final StoryEvidence article;
    private final Map<String, Integer> bigrams;
    private final double articleNorm;
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
        this.articleEntityWeight = article.entities().stream().map(StoryEvidence.LinkedEntity::id).distinct()
                .mapToDouble(this::entityIdf).sum();
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

    private double entities(Story story, List<String> reasons) {
        if (articleEntityWeight == 0) {
            reasons.add("entities: the article links none");
            return 0;
        }
        double shared = 0;
        List<String> names = new ArrayList<>();
        for (String id : article.entities().stream().map(StoryEvidence.LinkedEntity::id).distinct().toList()) {
            if (story.entityCounts().containsKey(id)) {
                shared += entityIdf(id);
                names.add(id);
            }
        }
        double share = shared / articleEntityWeight;
        names.sort(Comparator.comparingDouble(this::entityIdf).reversed().thenComparing(Comparator.naturalOrder()));
        reasons.add("entities " + StoryClusterer.format(share) + " " + names.subList(0, Math.min(4, names.size())));
        return share;
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

    private double facts(Story story, List<String> reasons) {
        int same = 0;
        int distinct = 0;
        for (FactSignature fact : article.facts()) {
            if (!fact.isTradeMeasure() || fact.isAnonymous()) {
                continue;
            }
            FactSignature.Relation relation = FactSignature.Relation.UNRELATED;
            for (FactSignature reported : story.facts()) {
                FactSignature.Relation r = fact.relationTo(reported, config.productOverlap());
                if (r == FactSignature.Relation.SAME) {
                    relation = r;
                    break;
                }
                if (r == FactSignature.Relation.DISTINCT) {
                    relation = r;
                }
            }
            if (relation == FactSignature.Relation.SAME) {
                same++;
            } else if (relation == FactSignature.Relation.DISTINCT) {
                distinct++;
            }
        }
        if (same + distinct == 0) {
            return 0;
        }
        double f = (double) (same - distinct) / (same + distinct);
        reasons.add("measures " + StoryClusterer.format(f) + " (" + same + " same, " + distinct + " distinct)");
        return f;
    }

    private double bigramIdf(String term) {
        return frequencies.idf("b:" + term);
    }

    private double entityIdf(String id) {
        return frequencies.idf("e:" + id);
    }
}
