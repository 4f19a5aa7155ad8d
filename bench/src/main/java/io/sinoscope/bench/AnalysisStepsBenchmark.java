package io.sinoscope.bench;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.Script;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.Token;
import io.sinoscope.text.entity.EntityLinker;
import io.sinoscope.text.fact.FactExtractor;
import io.sinoscope.text.segment.Segmenter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The text-analysis steps one by one, each next to the raw HanLP call it wraps, over the same ~2,000-character
 * articles (the demo corpus joined, as {@link AnalysisThroughput} does), in the same JVM fork. One operation is one
 * article; successive operations cycle through the articles, so a step and its raw call see the same mix.
 *
 * <ul>
 * <li>{@link #normalize} (cleanup, script and region detection, conversion with offset maps, regional vocabulary)
 * against {@link #rawConvert}, HanLP's converter for the article's region ({@code tw2s}, {@code hk2s} or
 * {@code t2s}), over the articles that are not already Simplified, where conversion happens;
 * <li>{@link #segment} (segmentation and NER into tokens) against {@link #rawNerSegment}, HanLP's segmenter as the
 * step configures it ({@link RawHanLp#nerSegment()}), on the normalised text both;
 * <li>{@link #link} and {@link #facts}, which wrap no HanLP call: set beside {@link #rawNerSegment} of the same text;
 * <li>{@link #analyze}, the whole pipeline, against {@link #rawNerSegmentAsGiven} on the text as given (issue 5's
 * comparison, as {@link AnalysisThroughput} measures it with a stopwatch).
 * </ul>
 *
 * Run by {@link AnalysisStepsRunner}, which prints each step's speed as a share of its raw call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalysisStepsBenchmark {

    /** Fixed, so relative dates in the facts step resolve the same way every run. */
    private static final Instant PUBLISHED = Instant.parse("2026-11-02T00:00:00Z");

    @Param("samples/corpus/articles.ndjson")
    public String corpus;

    private TextAnalyzer analyzer;
    private Segmenter segmenter;
    private EntityLinker linker;
    private FactExtractor factExtractor;
    private List<String> articles;
    private List<NormalizedText> normalized;
    private List<List<Token>> tokens;
    private List<String> traditional;
    private List<UnaryOperator<String>> converters;
    private int next;

    @Setup
    public void setUp() throws Exception {
        analyzer = TextAnalyzer.createDefault();
        segmenter = new Segmenter(analyzer.gazetteer());
        linker = new EntityLinker(analyzer.gazetteer());
        factExtractor = new FactExtractor(analyzer.gazetteer());
        articles = AnalysisThroughput.articles(Path.of(corpus));
        normalized = articles.stream().map(analyzer::normalize).toList();
        tokens = normalized.stream().map(text -> segmenter.segment(text.normalized())).toList();
        List<NormalizedText> converted = normalized.stream().filter(text -> text.script() != Script.SIMPLIFIED
                && text.script() != Script.NONE).toList();
        if (converted.isEmpty()) {
            throw new IllegalStateException(corpus + " has no Traditional or mixed-script article to convert");
        }
        traditional = converted.stream().map(NormalizedText::original).toList();
        converters = converted.stream().map(AnalysisStepsBenchmark::converter).toList();
    }

    /** The converter ScriptConverter picks for the region. */
    private static UnaryOperator<String> converter(NormalizedText text) {
        return switch (text.region()) {
            case TAIWAN -> HanLP::tw2s;
            case HONG_KONG -> HanLP::hk2s;
            case MAINLAND, OTHER -> HanLP::convertToSimplifiedChinese;
        };
    }

    private int article() {
        next = next + 1 == articles.size() ? 0 : next + 1;
        return next;
    }

    private int traditionalArticle() {
        return article() % traditional.size();
    }

    @Benchmark
    public Object normalize() {
        return analyzer.normalize(traditional.get(traditionalArticle()));
    }

    @Benchmark
    public Object rawConvert() {
        int i = traditionalArticle();
        return converters.get(i).apply(traditional.get(i));
    }

    @Benchmark
    public Object segment() {
        return segmenter.segment(normalized.get(article()).normalized());
    }

    @Benchmark
    public Object rawNerSegment() {
        return RawHanLp.nerSegment().seg(normalized.get(article()).normalized());
    }

    @Benchmark
    public Object link() {
        int i = article();
        return linker.link(normalized.get(i), tokens.get(i));
    }

    @Benchmark
    public Object facts() {
        return factExtractor.extract(normalized.get(article()), PUBLISHED);
    }

    @Benchmark
    public Object analyze() {
        return analyzer.analyze(articles.get(article()), PUBLISHED);
    }

    @Benchmark
    public Object rawNerSegmentAsGiven() {
        return RawHanLp.nerSegment().seg(articles.get(article()));
    }
}
