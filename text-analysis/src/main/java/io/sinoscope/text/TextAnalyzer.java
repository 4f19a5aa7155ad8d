package io.sinoscope.text;

import io.sinoscope.text.entity.EnglishNameKeys;

import io.sinoscope.text.entity.EntityLinker;
import io.sinoscope.text.fact.Fact;
import io.sinoscope.text.fact.FactExtractor;
import io.sinoscope.text.keyword.KeywordExtractor;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.summary.ExtractiveSummarizer;
import io.sinoscope.text.topic.Topic;
import io.sinoscope.text.topic.TopicClassifier;
import java.time.Instant;
import io.sinoscope.text.normalize.CharacterCleaner;
import io.sinoscope.text.normalize.RegionalVocabulary;
import io.sinoscope.text.normalize.Rewrite;
import io.sinoscope.text.normalize.ScriptConverter;
import io.sinoscope.text.script.RegionDetector;
import io.sinoscope.text.script.RegionGuess;
import io.sinoscope.text.script.ScriptDetector;
import io.sinoscope.text.script.ScriptEvidence;
import io.sinoscope.text.segment.Segmenter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis pipeline shared by indexing and querying, so documents and queries are normalized
 * identically: clean characters → detect script → detect region → convert to mainland Simplified →
 * apply regional vocabulary → segment → link entities → pick keywords.
 *
 * <p>Instances are immutable and thread-safe. {@link #createDefault()} returns one shared instance,
 * because loading the dictionaries costs seconds and HanLP's custom dictionary is process-wide.
 */
public final class TextAnalyzer {

    private final CharacterCleaner cleaner = new CharacterCleaner();
    private final ScriptDetector scriptDetector = new ScriptDetector();
    private final ScriptConverter converter = new ScriptConverter();
    private final RegionDetector regionDetector;
    private final RegionalVocabulary vocabulary;
    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    private final EntityLinker linker;
    private final KeywordExtractor keywords;
    private final FactExtractor facts;
    private final TopicClassifier topics;
    private final ExtractiveSummarizer summarizer;
    private final String dataVersion;

    /** Sentences in a summary. */
    static final int SUMMARY_SENTENCES = 3;

    private TextAnalyzer() {
        this.regionDetector = RegionDetector.fromResources();
        this.vocabulary = RegionalVocabulary.fromResources();
        this.gazetteer = Gazetteer.shared();
        this.segmenter = new Segmenter(gazetteer);
        this.linker = new EntityLinker(gazetteer);
        this.keywords = KeywordExtractor.fromResources(gazetteer);
        this.facts = new FactExtractor(gazetteer);
        this.topics = TopicClassifier.fromResources();
        this.summarizer = new ExtractiveSummarizer(topics);
        this.dataVersion = AnalyzerData.fingerprint();
    }

    private static final class Shared {
        static final TextAnalyzer INSTANCE = new TextAnalyzer();
    }

    /** The process-wide analyzer with the bundled resources; loaded on first call. */
    public static TextAnalyzer createDefault() {
        return Shared.INSTANCE;
    }

    public NormalizedText normalize(String text) {
        Objects.requireNonNull(text, "text");
        Rewrite cleaned = cleaner.clean(text);
        ScriptEvidence script = scriptDetector.detect(cleaned.text());
        RegionGuess region = regionDetector.detect(cleaned.text(), script);
        Rewrite converted = converter.toSimplified(cleaned.text(), script.script(), region.region());
        Rewrite regional = vocabulary.apply(converted.text(), region.region());
        OffsetMap offsets = cleaned.offsets().andThen(converted.offsets()).andThen(regional.offsets());
        return new NormalizedText(text, regional.text(), script.script(), region.region(), region.confidence(), offsets);
    }

    /** Analyses a text as of now: relative dates (周二, 上周) resolve against the current time. */
    public Analysis analyze(String text) {
        return analyze(text, Instant.now());
    }

    /** @param publishedAt when the text was published: relative dates in it resolve against this time */
    public Analysis analyze(String text, Instant publishedAt) {
        return analyze(text, publishedAt, Deadline.NONE);
    }

    /**
     * As {@link #analyze(String, Instant)}, abandoned with {@link AnalysisDeadlineExceededException} once
     * {@code deadline} has passed. It is checked between the steps and inside entity linking's and fact extraction's
     * loops; HanLP's segmentation is one library call and is checked only before and after, so an analysis can
     * overrun its deadline by at most one segmentation (linear in the text: about a second at ingest's size limit).
     */
    public Analysis analyze(String text, Instant publishedAt, Deadline deadline) {
        NormalizedText normalized = normalize(text);
        deadline.check();
        List<Token> tokens = segmenter.segment(normalized.normalized());
        deadline.check();
        List<LinkedEntity> entities = linker.link(normalized, tokens, deadline);
        deadline.check();
        List<Fact> found = facts.extract(normalized, publishedAt, deadline);
        deadline.check();
        List<Topic> labels = topics.classify(normalized.normalized());
        deadline.check();
        List<String> words = keywords.extract(tokens, KeywordExtractor.DEFAULT_LIMIT);
        deadline.check();
        return new Analysis(normalized, tokens, entities, words, found, labels,
                summarizer.summarize(normalized, SUMMARY_SENTENCES, labels));
    }

    /** Hash of the data files this analyzer loaded (gazetteer, lexicons, tables): part of every analyzerVersion. */
    public String dataVersion() {
        return dataVersion;
    }

    /** Ids a name spelled {@code normalized} gets by its phonetic key (see {@link EntityLinker#idsByKey}). */
    public List<String> idsByKey(String normalized) {
        return linker.idsByKey(normalized);
    }

    /**
     * Whether stored mentions of a listed entity, as written in an article, are only a possible link: unlisted
     * spellings joined to it by phonetic key (see {@link EntityLinker#possibleLink}).
     */
    public boolean possibleLink(String entityId, List<String> surfaces) {
        return linker.possibleLink(entityId, surfaces.stream().map(s -> normalize(s).normalized()).toList());
    }

    /**
     * A regular expression over entity ids matching the unlinked people and places an English spelling may name
     * (see {@link EnglishNameKeys#unlinkedIdPattern}): "Bezos" matches the id of an unlisted 贝索斯. Empty for an
     * ordinary English word or a name too short to say.
     */
    public Optional<String> unlinkedIdPatternOfEnglish(String english) {
        return EnglishNames.KEYS.unlinkedIdPattern(english);
    }

    /** Loaded on first use: only query code asks (nlp-service never does). */
    private static final class EnglishNames {
        static final EnglishNameKeys KEYS = EnglishNameKeys.fromResources();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
