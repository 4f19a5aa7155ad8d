package io.sinoscope.query.service;

import io.sinoscope.query.config.TimelineConfig;
import io.sinoscope.query.repository.InsightRepository;
import io.sinoscope.query.repository.InsightRepository.FactFilter;
import io.sinoscope.query.repository.InsightRepository.FactOrder;
import io.sinoscope.query.repository.InsightRepository.FactRecord;
import io.sinoscope.query.repository.StoryRepository;
import io.sinoscope.query.service.TimelineViews.MeasureEvent;
import io.sinoscope.query.service.TimelineViews.MeasureReport;
import io.sinoscope.query.service.TimelineViews.Timeline;
import io.sinoscope.support.time.PublicationZone;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The trade-measure timeline: the stored tariff changes, export controls and sanctions that match, their reports merged
 * into measures by {@link MeasureTimeline}'s rule, in date order, with each tariff's rate path per imposer → target
 * pair and product.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    InsightRepository insights;
    @Inject
    StoryRepository stories;
    @Inject
    MeasureFilters filters;
    @Inject
    TradeMeasures tradeMeasures;
    @Inject
    TimelineConfig config;

    /**
     * What a timeline asks for, already checked by the caller; a null field does not filter.
     *
     * @param kind    tariff_change, export_control or sanction; null for all three
     * @param imposer any name form or id of the imposing country
     * @param target  any name form or id of the affected country, a listed name as written, or all
     * @param product text the goods contain, in any script
     * @param from    inclusive, on the fact's date, else its article's publication time (as the facts API)
     * @param to      inclusive
     * @param zone    the zone a fact's own date is a day in
     */
    public record TimelineQuery(String kind, String imposer, String target, String product, Instant from,
                                Instant to, ZoneId zone) {
    }

    /** The facts read so far, and whether a kind had more than one timeline reads. */
    private record Read(List<FactRecord> facts, boolean truncated) {
    }

    public Uni<Timeline> timeline(TimelineQuery query) {
        List<String> kinds = query.kind() == null ? TradeMeasures.KINDS : List.of(query.kind());
        int limit = config.maxReports();
        return filters.filter(query.imposer(), query.target(), query.product(), null).chain(measure -> {
            Uni<Read> read = Uni.createFrom().item(new Read(new ArrayList<>(), false));
            for (String kind : kinds) {
                read = read.chain(sofar -> insights.facts(new FactFilter(kind, null, null, query.from(), query.to(),
                                query.zone(), null, FactOrder.DATE, 0, limit + 1, measure))
                        .map(page -> {
                            List<FactRecord> facts = page.facts();
                            sofar.facts().addAll(facts.size() > limit ? facts.subList(0, limit) : facts);
                            return new Read(sofar.facts(), sofar.truncated() || facts.size() > limit);
                        }));
            }
            return read;
        }).chain(read -> {
            List<FactRecord> kept = read.facts();
            boolean truncated = read.truncated();
            if (kept.isEmpty()) {
                return Uni.createFrom().item(new Timeline(0, truncated, config.sameMeasureDays(), List.of(),
                        List.of()));
            }
            LinkedHashSet<String> articles = new LinkedHashSet<>();
            kept.forEach(f -> articles.add(f.articleId()));
            return stories.storiesOf(articles).map(found -> {
                Map<String, StoryRepository.ArticleStory> byArticle = new HashMap<>();
                found.forEach(a -> byArticle.put(a.articleId(), a));
                List<MeasureTimeline.Input> inputs = new ArrayList<>();
                for (FactRecord f : kept) {
                    TradeMeasures.Measure m = tradeMeasures.read(f);
                    StoryRepository.ArticleStory a = byArticle.get(f.articleId());
                    inputs.add(new MeasureTimeline.Input(m, new MeasureReport(f.id(), f.articleId(),
                            f.articleTitle(), a == null ? null : a.source(), f.region(),
                            f.publishedAt() == null ? null : f.publishedAt().toString(),
                            PublicationZone.iso(f.publishedAt(), f.region()),
                            a == null ? null : a.storyId(), f.text(), m.from(), m.to(), m.status(),
                            m.effectiveDate())));
                }
                List<MeasureEvent> events = MeasureTimeline.events(inputs, config.sameMeasureDays());
                return new Timeline(kept.size(), truncated, config.sameMeasureDays(), events,
                        MeasureTimeline.paths(events));
            });
        });
    }
}
