package io.sinoscope.query.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.repository.InsightRepository;
import io.sinoscope.query.repository.InsightRepository.FactFilter;
import io.sinoscope.query.repository.InsightRepository.FactOrder;
import io.sinoscope.query.repository.InsightRepository.FactPage;
import io.sinoscope.query.repository.InsightRepository.FactRecord;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.support.time.PublicationZone;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts across articles: filtered by kind, entity (any name form), date, wording and the parties and product of a trade
 * measure, in the order asked for; a page of them, or the first {@link #MAX_EXPORT} as a CSV table.
 */
@ApplicationScoped
public class FactService {

    /** Most rows one CSV export holds; narrower filters get the rest. */
    public static final int MAX_EXPORT = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The order of a fact listing. */
    public enum Sort {
        /** Newest first, by the fact's own date or else its article's publication time. */
        DATE,
        /** Largest normalised value first; facts without a value last. */
        VALUE_DESC,
        /** Smallest normalised value first; facts without a value last. */
        VALUE_ASC
    }

    /**
     * What a listing asks for, already checked by the caller; a null field does not filter.
     *
     * @param kind    a fact kind in lower case
     * @param entity  a canonical id, canonical name or any alias in any script
     * @param from    inclusive, on the fact's date, else the article's
     * @param to      inclusive
     * @param zone    the zone a fact's own date is a day in
     * @param text    text the fact's own wording contains, in any regional form
     * @param imposer trade measures: who imposes it (any name form or id)
     * @param target  trade measures: what it is imposed on
     * @param product trade measures: text the goods or sector contain
     * @param list    sanctions: the code of the list of parties they add to or remove from (entity_list, ...)
     */
    public record FactQuery(String kind, String entity, Instant from, Instant to, ZoneId zone, String text, Sort sort,
                            String imposer, String target, String product, String list) {
    }

    /** {@code entityIds}: the canonical ids the entity resolved to (null without one). */
    public record FactList(long total, Set<String> entityIds, List<FactHit> facts) {
    }

    /** {@code csv}: the first {@link #MAX_EXPORT} facts as {@link FactTable} writes them; {@code total}: all matches. */
    public record FactExport(long total, String csv) {
    }

    @Inject
    InsightRepository insights;
    @Inject
    EntityService entities;
    @Inject
    TermVariants variants;
    @Inject
    MeasureFilters measures;

    /** The facts on 0-based page {@code page} of {@code size}. */
    public Uni<FactList> list(FactQuery query, int page, int size) {
        return find(query, page, size).map(found -> new FactList(found.page().total(), found.entityIds(),
                found.page().facts().stream().map(FactService::hit).toList()));
    }

    public Uni<FactExport> export(FactQuery query) {
        return find(query, 0, MAX_EXPORT).map(found -> new FactExport(found.page().total(),
                FactTable.csv(found.page().facts())));
    }

    /** A page of facts, and the canonical ids the entity resolved to (null without one). */
    private record Found(FactPage page, Set<String> entityIds) {
    }

    private Uni<Found> find(FactQuery query, int page, int size) {
        Set<String> patterns = null;
        if (query.text() != null) {
            patterns = new LinkedHashSet<>();
            patterns.add(InsightRepository.likeContains(query.text()));
            for (String form : variants.forms(query.text())) {
                patterns.add(InsightRepository.likeContains(form));
            }
        }
        Set<String> textPatterns = patterns;
        FactOrder order = order(query.sort());
        Uni<EntityService.Resolved> resolved = query.entity() == null ? Uni.createFrom().nullItem()
                : entities.resolve(query.entity());
        return resolved.chain(r -> measures.filter(query.imposer(), query.target(), query.product(), query.list())
                .chain(measure -> insights.facts(new FactFilter(query.kind(), r == null ? null : r.ids(),
                                r == null ? null : r.names(), query.from(), query.to(), query.zone(), textPatterns,
                                order, page, size, measure))
                        .map(found -> new Found(found, r == null ? null : r.ids()))));
    }

    private static FactOrder order(Sort sort) {
        return switch (sort == null ? Sort.DATE : sort) {
            case DATE -> FactOrder.DATE;
            case VALUE_DESC -> FactOrder.VALUE_DESC;
            case VALUE_ASC -> FactOrder.VALUE_ASC;
        };
    }

    static FactHit hit(FactRecord f) {
        Map<String, Object> attributes;
        try {
            attributes = f.attributesJson() == null ? null
                    : MAPPER.readValue(f.attributesJson(), new TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            attributes = null;
        }
        return new FactHit(f.id(), f.articleId(), f.articleTitle(),
                f.publishedAt() == null ? null : f.publishedAt().toString(),
                PublicationZone.iso(f.publishedAt(), f.region()), f.region(), f.kind(), f.text(), f.value(),
                f.unit(), f.currency(), f.date(), f.start(), f.end(), attributes);
    }
}
