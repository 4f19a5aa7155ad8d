package io.sinoscope.text.fact;

import io.sinoscope.text.Deadline;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.Region;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.resource.StartScans;
import io.sinoscope.text.sentence.SentenceSplitter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
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
    /** How far around a trade measure its setting, status and effective date are read. */
    private static final int MEASURE_REACH = 60;
    private static final Set<FactKind> MEASURES = EnumSet.of(FactKind.TARIFF_CHANGE, FactKind.EXPORT_CONTROL,
            FactKind.SANCTION);

    private final TariffChangeExtractor tariffs;
    private final TradeMeasureExtractor measures;
    private final UnratedTariffExtractor unratedTariffs;
    private final MeasureSetting settings;
    private final EffectiveDates effectiveDates;
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
        TradeMeasureWords measureWords = TradeMeasureWords.fromResources();
        TariffRoleWords roleWords = TariffRoleWords.fromResources();
        this.measures = new TradeMeasureExtractor(measureWords, roleWords, entities,
                TariffChangeExtractor.PARTY_WINDOW);
        this.unratedTariffs = new UnratedTariffExtractor(measureWords, roleWords, entities,
                TariffChangeExtractor.PARTY_WINDOW);
        this.settings = new MeasureSetting(measureWords);
        this.effectiveDates = new EffectiveDates(measureWords);
        this.patterns = new StartScans(Stream.of(tariffs.patterns(), measures.patterns(), unratedTariffs.patterns(), money.patterns(), percents.patterns(),
                quantities.patterns(), dates.patterns()).flatMap(List::stream).toList());
    }

    /** An extractor over the process-wide gazetteer, the one the default analyzer links with. */
    public static FactExtractor createDefault() {
        return new FactExtractor(Gazetteer.shared());
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
        List<Fact> dateFacts = dates.extract(starts, reference);
        List<Fact> ratedTariffs = tariffs.extract(starts, text.region());
        for (List<Fact> kind : List.of(ratedTariffs, money.extract(starts, text.region(), text.script()),
                percents.extract(starts), quantities.extract(starts), dateFacts)) {
            for (Fact fact : kind) {
                if (!keptSpans.overlapsAny(fact.start(), fact.end())) {
                    kept.add(fact);
                    keptSpans.add(fact.start(), fact.end());
                }
            }
        }
        // An export control or sanction spans its clause, which may hold dates and counts of its own: kept beside them.
        kept.addAll(measures.extract(starts, text.region()));
        // A tariff measure without a rate spans its verb and duty, with no number of its own to overlap.
        kept.addAll(unratedTariffs.extract(starts, text.region(), ratedTariffs));
        kept.sort(Comparator.comparingInt(Fact::start));
        List<SentenceSplitter.Span> spans = sentences.split(normalized);
        kept = settled(kept, normalized, spans, dateFacts, reference, text.region());
        // Facts of one sentence share its entities: found once per sentence.
        Map<Integer, List<String>> sentenceEntities = new HashMap<>();
        List<Fact> located = new ArrayList<>(kept.size());
        for (Fact fact : kept) {
            deadline.check();
            located.add(toOriginal(fact, text, spans, sentenceEntities));
        }
        return List.copyOf(located);
    }

    /**
     * Trade measures (tariff changes, export controls, sanctions) with their status and effective date; those of a
     * sentence that only talks about a measure (如果…, 是否…？, 否认…) dropped.
     */
    private List<Fact> settled(List<Fact> facts, String text, List<SentenceSplitter.Span> spans, List<Fact> dateFacts,
                               LocalDate published, Region region) {
        List<Fact> settled = new ArrayList<>(facts.size());
        List<Fact> measureFacts = facts.stream().filter(f -> MEASURES.contains(f.kind())).toList();
        int measureIndex = -1;
        for (Fact fact : facts) {
            measureIndex += MEASURES.contains(fact.kind()) ? 1 : 0;
            if (!MEASURES.contains(fact.kind()) || spans.isEmpty()) {
                settled.add(fact);
                continue;
            }
            SentenceSplitter.Span sentence = spans.get(SentenceSplitter.indexOf(spans, fact.start()));
            int sentenceEnd = Math.max(sentence.end(), fact.end());
            if (sentenceEnd > fact.end() && "？?。！!；;".indexOf(text.charAt(sentenceEnd - 1)) >= 0) {
                sentenceEnd--; // the sentence's own closing mark, which onlyTalk reads at sentenceEnd
            }
            // Read near the measure only: a sentence of thousands of clauses must cost the same per measure.
            // and only up to its neighbours: 暂停实施24%的关税，由10%提高至25% suspends the first, not the second.
            int from = Math.max(sentence.start(), fact.start() - MEASURE_REACH);
            int to = Math.min(sentenceEnd, fact.end() + MEASURE_REACH);
            if (measureIndex > 0) {
                from = Math.max(from, Math.min(fact.start(), measureFacts.get(measureIndex - 1).end()));
            }
            if (measureIndex + 1 < measureFacts.size()) {
                to = Math.min(to, Math.max(fact.end(), measureFacts.get(measureIndex + 1).start()));
            }
            String setting = settings.onlyTalk(text, from, fact.start(), fact.end(), sentenceEnd);
            Map<String, Object> attributes = new LinkedHashMap<>(fact.attributes());
            if (setting != null) {
                if (fact.kind() != FactKind.TARIFF_CHANGE || fact.value() == null) {
                    continue; // only a stated number is still a fact when the sentence only talks
                }
                attributes.put("setting", setting);
                settled.add(fact.relocated(fact.text(), fact.start(), fact.end(), fact.sentence(), attributes));
                continue;
            }
            LocalDate effective = effectiveDates.find(text, from, to, dateFacts, published);
            if (fact.kind() == FactKind.TARIFF_CHANGE) {
                measures.everyCountry(attributes);
                measures.tariffFirms(text, sentence.start(), fact.start(), attributes, region);
            }
            String status = "suspend".equals(attributes.get("direction")) ? "suspended"
                    : settings.status(text, from, to, effective, published);
            if (status.equals("announced") && "maintain".equals(attributes.get("direction"))) {
                status = "in_force"; // a duty kept (维持13%税率, 续征反倾销税) is one in force
            }
            attributes.put("status", status);
            if (effective != null) {
                attributes.put("effective_date", effective.toString());
            }
            settled.add(fact.relocated(fact.text(), fact.start(), fact.end(), fact.sentence(), attributes));
        }
        return settled;
    }

    /** The original text of {@code form} where it last occurs before {@code end}, within reach; else the form. */
    private static String asWritten(NormalizedText text, int from, int end, String form) {
        int at = text.normalized().lastIndexOf(form, end - form.length());
        if (at < 0 || at < from) {
            return form;
        }
        OffsetMap offsets = text.offsets();
        return text.original().substring(offsets.toOriginal(at), offsets.toOriginalEnd(at + form.length()));
    }

    /** Where goods and listed names of {@code fact} may begin: in its sentence, within a tariff's party window. */
    private static int reach(SentenceSplitter.Span span, Fact fact) {
        return Math.max(span.start(), fact.start() - TariffChangeExtractor.PARTY_WINDOW);
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
            // Goods and listed names as the article writes them (晶片, 華為), not as normalised for matching.
            // Read up to the sentence's end: goods and names may follow the cue (制裁X, 禁止向美国出口Y).
            int end = Math.max(fact.end(), span.end());
            if (attributes.get("goods") instanceof String goods) {
                attributes.put("goods", asWritten(text, reach(span, fact), end, goods));
            }
            if (attributes.get("affected_entities") instanceof List<?> names) {
                attributes.put("affected_entities", names.stream()
                        .map(name -> asWritten(text, reach(span, fact), end, name.toString())).toList());
            }
        }
        OffsetMap offsets = text.offsets();
        int start = offsets.toOriginal(fact.start());
        int end = offsets.toOriginalEnd(fact.end());
        return fact.relocated(text.original().substring(start, end), start, end, sentence, attributes);
    }
}
