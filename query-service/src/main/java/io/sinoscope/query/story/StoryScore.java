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
 * {@code (entityWeight·E + textWeight·T + factWeight·F + figureWeight·N) · (1 − timeWeight + timeWeight·D)} where
 * <ul>
 *   <li>E is the cosine of the article's entity keys and the story's, each weighted by its IDF (every article names
 *       中国 or 美国; few name 石破茂); the keys are the entities' ids and the normalised and phonetic forms of their
 *       names ({@link EntityKeys}), so one firm linked in one region and unlinked in another still meets;</li>
 *   <li>T is the cosine of the article's TF-IDF bigram vector and the story's centroid;</li>
 *   <li>F compares the article's lead trade measure with the story's measures (see {@link #facts});</li>
 *   <li>N is the cosine of the figures it states and the story's, IDF-weighted ({@link FigureKeys}: 0.5个百分点, 2碼
 *       and 半厘 are one figure);</li>
 *   <li>D is 0.5^(max(0, distance − reactionGrace) / halfLife), the distance from the article's time to the story's
 *       span: a reaction a day later is as close as the first reports.</li>
 * </ul>
 * The headline H ({@link #headline}) is not part of the score: it can back a cross-region join in place of T.
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
    private final List<StoryEvidence.LinkedEntity> articleEntities;
    /** The norm of the article's entity vector. */
    private final double articleEntityWeight;
    /** The bigrams of the article's title outside the names it links. */
    private final List<String> headlineTerms;

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
        this.articleEntities = article.entities();
        this.articleEntityWeight = Math.sqrt(articleEntities.stream().mapToDouble(e -> entityIdf(e.id()))
                .map(w -> w * w).sum());
        List<String> names = articleEntities.stream().flatMap(e -> e.keys().stream())
                .filter(k -> k.startsWith(EntityKeys.SURFACE)).map(k -> k.substring(EntityKeys.SURFACE.length()))
                .toList();
        this.headlineTerms = Bigrams.of(article.normalizedTitle(), "").keySet().stream()
                .filter(term -> term.length() == 2 && names.stream().noneMatch(name -> name.contains(term)))
                .sorted().toList();
    }

    /**
     * @param backing     how many of entities, wording (text or headline) and figures (or the same trade measure)
     *                    reach the cross-region signal level, and no trade measure contradicts the story's
     * @param contradicts the article's lead measure is a distinct decision of the story's parties with a rate no
     *                    report of the story states: a follow-up, never the same event however alike the reports read
     */
    /**
     * @param sameEvent   the event-type rule backs the join: the article reports the story's event type within the
     *                    event window of its first report, names one of its actors (a person, a body, a force, a
     *                    firm) or one of the table's places, not only a country or city, and no measure counts
     *                    against it
     * @param apart       why the article reports another event whatever its score (its title names a place the
     *                    story never names; it announces a repeat after the event window), or null
     * @param recent      the article is within the event window of the story's first report
     */
    record Result(Story story, double score, int backing, boolean contradicts, boolean sameEvent, String apart,
            boolean recent, List<String> reasons) {
    }

    Result score(Story story) {
        List<String> reasons = new ArrayList<>();
        // met[0]: the article's entities the story holds; met[1]: those of them that are actors (not a country or a
        // city, which same-day events of one type share all the time) or a place the event-cue table names.
        int[] met = new int[2];
        double entities = entities(story, reasons, met);
        double text = text(story);
        reasons.add("text " + StoryClusterer.format(text));
        double facts = facts(story, reasons);
        double figures = figures(story, reasons);
        double headline = headline(story);
        reasons.add("headline " + StoryClusterer.format(headline));
        Duration distance = story.distance(article.publishedAt());
        long decaying = Math.max(0, distance.minus(config.reactionGrace()).toSeconds());
        double decay = Math.pow(0.5, (double) decaying / config.halfLife().toSeconds());
        reasons.add("time " + StoryClusterer.format(decay) + " (" + distance.toHours() + " h from the story)");
        double content = config.entityWeight() * entities + config.textWeight() * text + config.factWeight() * facts
                + config.figureWeight() * figures;
        double score = content * (1 - config.timeWeight() + config.timeWeight() * decay);
        double level = config.crossRegionSignal();
        int backing = facts < 0 ? 0 : (entities >= level ? 1 : 0) + (text >= level || headline >= level ? 1 : 0)
                + (figures >= level || facts > 0 ? 1 : 0);
        String apart = apart(story);
        boolean sameEvent = false;
        if (apart != null) {
            reasons.add(apart);
        } else if (facts >= 0 && met[1] > 0 && withinEventWindow(story)) {
            String type = sharedType(story);
            if (type != null) {
                sameEvent = true;
                reasons.add("event type " + type + " within " + config.eventWindow().toHours() + " h");
            }
        }
        return new Result(story, score, backing, facts <= -1 && statesNewRate(story), sameEvent, apart,
                withinEventWindow(story), reasons);
    }

    /** Within the event window of the story's first report (before or after it). */
    private boolean withinEventWindow(Story story) {
        if (config.eventWindow().isZero()) {
            return false;
        }
        return Duration.between(story.first(), article.publishedAt()).abs().compareTo(config.eventWindow()) <= 0;
    }

    /** An event type of the article's that a member of the story reports, or null. */
    private String sharedType(Story story) {
        return article.event().types().stream().filter(story.eventTypes()::containsKey).sorted().findFirst()
                .orElse(null);
    }

    /**
     * Why the article reports another event than the story's whatever it shares with it: its title names a place
     * (of the event cue table) the story never names while the story names others (the same coast guards at another
     * reef), or it announces a repeat (再度, 第二度) more than the event window after the story's first report (the
     * next incursion reported in the words of the first). Null when neither holds.
     */
    private String apart(Story story) {
        EventSignature event = article.event();
        if (!event.titlePlaces().isEmpty() && !story.places().isEmpty()
                && event.titlePlaces().stream().noneMatch(story.places()::contains)) {
            return "another place " + event.titlePlaces();
        }
        if (event.repeat() && !config.eventWindow().isZero()
                && Duration.between(story.first(), article.publishedAt()).compareTo(config.eventWindow()) > 0) {
            return "a repeat " + Duration.between(story.first(), article.publishedAt()).toHours()
                    + " h after the story's first report";
        }
        return null;
    }

    /**
     * Whether the article's lead measure sets a rate none of the story's reports states: a follow-up decision (由30%提高至
     * 40% after 由10%提高至30%). A report of the story's own event whose extraction paired its rates differently still
     * states the story's numbers, and is not pushed out by its lead measure alone.
     */
    private boolean statesNewRate(Story story) {
        var lead = article.leadMeasure();
        return lead.isPresent() && lead.get().to() != null
                && !story.figureCounts().containsKey(FigureKeys.percent(lead.get().to()));
    }

    /** Cosine of the figures the article states and the story's (IDF times the share of members stating each). */
    private double figures(Story story, List<String> reasons) {
        if (article.figures().isEmpty() || story.figureCounts().isEmpty() || config.figureWeight() == 0) {
            return 0;
        }
        double members = story.members().size();
        double storyNorm = norms(story).figures();
        double dot = 0;
        double articleNorm = 0;
        List<String> shared = new ArrayList<>();
        for (String figure : article.figures()) {
            double idf = figureIdf(figure);
            articleNorm += idf * idf;
            Integer count = story.figureCounts().get(figure);
            if (count != null) {
                dot += idf * idf * count / members;
                shared.add(figure);
            }
        }
        double cosine = dot / (Math.sqrt(articleNorm) * storyNorm);
        if (!shared.isEmpty()) {
            reasons.add("figures " + StoryClusterer.format(cosine) + " " + shared.subList(0, Math.min(4,
                    shared.size())));
        }
        return cosine;
    }

    /**
     * Cosine of the article's entities (each weighted by its IDF) and the story's (IDF times the share of members
     * linking it): an article naming only 外交部 and 美国 is not close to a story whose members all name 洛克希德·马丁.
     * An article's entity the story does not link by its id meets the story's entity that another of its keys stands
     * for: the same name in the normalised script, the same phonetic key (one firm linked in one region and left
     * unlinked in another, one official's name transliterated two ways).
     */
    private double entities(Story story, List<String> reasons, int[] metCount) {
        if (articleEntityWeight == 0 || story.entityCounts().isEmpty()) {
            reasons.add("entities: none to compare");
            return 0;
        }
        double members = story.members().size();
        double dot = 0;
        double storyNorm = norms(story).entities();
        List<String> names = new ArrayList<>();
        for (StoryEvidence.LinkedEntity entity : articleEntities) {
            String met = entity.id();
            Integer count = story.entityCounts().get(met);
            for (int k = 1; count == null && k < entity.keys().size(); k++) {
                for (String id : story.entitiesKnownAs(entity.keys().get(k))) {
                    Integer c = story.entityCounts().get(id);
                    if (c != null && (count == null || c > count)) {
                        count = c;
                        met = id;
                    }
                }
            }
            if (count != null) {
                metCount[0]++;
                if (!"LOCATION".equals(entity.type()) || article.event().places().contains(entity.id())
                        || article.event().places().contains(met)) {
                    metCount[1]++;
                }
                dot += entityIdf(entity.id()) * entityIdf(met) * count / members;
                names.add(met.equals(entity.id()) ? met : entity.id() + "=" + met);
            }
        }
        double cosine = Math.min(1, dot / (articleEntityWeight * storyNorm));
        names.sort(Comparator.comparingDouble((String n) -> entityIdf(n.contains("=") ? n.substring(0,
                n.indexOf('=')) : n)).reversed().thenComparing(Comparator.naturalOrder()));
        reasons.add("entities " + StoryClusterer.format(cosine) + " " + names.subList(0, Math.min(4, names.size())));
        return cosine;
    }

    private double text(Story story) {
        if (articleNorm == 0) {
            return 0;
        }
        double norm = norms(story).centroid();
        if (norm == 0) {
            return 0;
        }
        // Only the bigrams the article shares with the centroid add to the dot product, and the article's own IDFs
        // are memoised already (its norm needed them all).
        double dot = 0;
        for (Map.Entry<String, Double> e : story.centroid().entrySet()) {
            Integer tf = bigrams.get(e.getKey());
            if (tf != null) {
                double idf = bigramIdf(e.getKey());
                dot += e.getValue() * idf * tf * idf;
            }
        }
        return dot / (norm * articleNorm);
    }

    /**
     * The article's lead measure against the story's: +1 when the story reports it, −1 when the story reports a
     * distinct one of the same parties (other goods, another rate), −{@value #NEW_MEASURE} when the story reports
     * measures and this one, stated with goods or a rate, is none of them (a new decision that may cite the story's
     * measure as background), 0 when either side reports no measure, when the lead names no more than its parties
     * (too little to call it new, and the parties are what extraction most often reads backwards), or when a story's
     * measure of the same kind states too little to tell (a reaction names the goods, the first report only the
     * imposer).
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
            if (r == FactSignature.Relation.DISTINCT
                    || r == FactSignature.Relation.UNDETERMINED && relation == FactSignature.Relation.UNRELATED) {
                relation = r;
            }
        }
        double f = switch (relation) {
            case SAME -> 1;
            case DISTINCT -> -1;
            case UNDETERMINED -> 0;
            case UNRELATED -> lead.get().product() != null || lead.get().to() != null ? -NEW_MEASURE : 0;
        };
        reasons.add("measures " + StoryClusterer.format(f) + " (lead " + relation.name().toLowerCase(Locale.ROOT)
                + ")");
        return f;
    }

    /**
     * H, the headline: the IDF-weighted share of the bigrams of the article's normalised title, outside the names it
     * links, that the story's centroid holds. A headline says what happened in few words; a Taiwan report of a mainland
     * decision spends its body on reactions and its own officials' comments, so its text is far from the story's,
     * but its headline still names the decision (关键矿产, 最低价格, 港口费). Names are left out: a same-actor event
     * shares them, and they are counted in E already.
     */
    private double headline(Story story) {
        double all = 0;
        double held = 0;
        for (String term : headlineTerms) {
            double idf = bigramIdf(term);
            all += idf;
            if (story.centroid().containsKey(term)) {
                held += idf;
            }
        }
        return all == 0 ? 0 : held / all;
    }

    /** Memoised for this article: document frequencies do not change while its candidates are scored. */
    private double bigramIdf(String term) {
        return bigramIdf.computeIfAbsent(term, t -> frequencies.idf(StoryClusterer.BIGRAM_KEY + t));
    }

    private Story.Norms norms(Story story) {
        return story.norms(frequencies, term -> frequencies.idf(StoryClusterer.BIGRAM_KEY + term), this::entityIdf,
                this::figureIdf);
    }

    private double entityIdf(String id) {
        return frequencies.idf(StoryClusterer.ENTITY_KEY + id);
    }

    private double figureIdf(String figure) {
        return frequencies.idf(StoryClusterer.FIGURE_KEY + figure);
    }
}
