package io.sinoscope.text.fact;

import io.sinoscope.text.Deadline;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.resource.StartScans;
import io.sinoscope.text.sentence.SentenceSplitter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every fact kind over the normalised text and reports the facts against the ORIGINAL text.
 *
 * <p>Kinds run from most to least specific — tariff change, money, percent, quantity, date — and a
 * fact overlapping one already kept is dropped, so a tariff change consumes its own percents and
 * 5000亿人民币 is money, not a head count. Relative dates resolve against the publication instant
 * in Asia/Shanghai, the zone the sources write in. Each fact also lists the gazetteer entities of
 * its sentence ({@code entities}: canonical ids). Immutable and thread-safe.
 */
public final class FactExtractor {

    public static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Shanghai");

    private final TariffChangeExtractor tariffs;
    private final MoneyExtractor money = MoneyExtractor.fromResources();
    private final PercentExtractor percents = PercentExtractor.fromResources();
    private final QuantityExtractor quantities = QuantityExtractor.fromResources();
    private final DateExtractor dates = new DateExtractor();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final EntityFinder entities;
    /** Every kind's patterns, so one pass over a text finds where any fact may begin. */
    private final StartScans patterns;

    public FactExtractor(Gazetteer gazetteer) {
        this.entities = new EntityFinder(gazetteer);
        this.tariffs = TariffChangeExtractor.fromResources(entities);
        this.patterns = new StartScans(Stream.of(tariffs.patterns(), money.patterns(), percents.patterns(),
                quantities.patterns(), dates.patterns()).flatMap(List::stream).toList());
    }

    /** An extractor over the gazetteer of {@link TextAnalyzer#createDefault()}. */
    public static FactExtractor createDefault() {
        return new FactExtractor(TextAnalyzer.createDefault().gazetteer());
    }

    public List<Fact> extract(NormalizedText text, Instant publishedAt) {
        return extract(text, publishedAt, Deadline.NONE);
    }

    /** As {@link #extract(NormalizedText, Instant)}, checking {@code deadline} at every match and fact. */
    public List<Fact> extract(NormalizedText text, Instant publishedAt, Deadline deadline) {
        String normalized = text.normalized();
        LocalDate reference = publishedAt.atZone(NEWSROOM_ZONE).toLocalDate();
        StartScans.Starts starts = patterns.starts(normalized, deadline);
        List<Fact> kept = new ArrayList<>();
        Spans keptSpans = new Spans();
        for (List<Fact> kind : List.of(tariffs.extract(starts, text.region()), money.extract(starts, text.region()),
                percents.extract(starts), quantities.extract(starts), dates.extract(starts, reference))) {
            for (Fact fact : kind) {
                if (!keptSpans.overlapsAny(fact.start(), fact.end())) {
                    kept.add(fact);
                    keptSpans.add(fact.start(), fact.end());
                }
            }
        }
        kept.sort(Comparator.comparingInt(Fact::start));
        List<SentenceSplitter.Span> spans = sentences.split(normalized);
        // Facts of one sentence share its entities: found once per sentence.
        Map<Integer, List<String>> sentenceEntities = new HashMap<>();
        List<Fact> located = new ArrayList<>(kept.size());
        for (Fact fact : kept) {
            deadline.check();
            located.add(toOriginal(fact, text, spans, sentenceEntities));
        }
        return List.copyOf(located);
    }

    private Fact toOriginal(Fact fact, NormalizedText text, List<SentenceSplitter.Span> spans,
                            Map<Integer, List<String>> sentenceEntities) {
        int sentence = SentenceSplitter.indexOf(spans, fact.start());
        Map<String, Object> attributes = new LinkedHashMap<>(fact.attributes());
        if (!spans.isEmpty()) {
            SentenceSplitter.Span span = spans.get(sentence);
            List<String> ids = sentenceEntities.computeIfAbsent(sentence, k -> entities.find(text.normalized(),
                    span.start(), span.end()).stream().map(hit -> hit.entity().id()).distinct().toList());
            if (!ids.isEmpty()) {
                attributes.put("entities", ids);
            }
        }
        OffsetMap offsets = text.offsets();
        int start = offsets.toOriginal(fact.start());
        int end = offsets.toOriginalEnd(fact.end());
        return fact.relocated(text.original().substring(start, end), start, end, sentence, attributes);
    }
}
