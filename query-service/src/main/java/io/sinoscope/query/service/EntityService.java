package io.sinoscope.query.service;

import io.sinoscope.query.repository.InsightRepository.EntityRef;
import io.sinoscope.query.repository.InsightRepository;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.service.EntityViews.CoEntity;
import io.sinoscope.query.service.EntityViews.Curation;
import io.sinoscope.query.service.EntityViews.EntityProfile;
import io.sinoscope.query.service.EntityViews.EntitySummary;
import io.sinoscope.query.service.EntityViews.NameVariant;
import io.sinoscope.query.service.EntityViews.RecentArticle;
import io.sinoscope.query.service.EntityViews.TimelineDay;
import io.sinoscope.support.curation.CurationRules;
import io.sinoscope.support.time.PublicationZone;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.TextAnalyzer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity look-up and profiles. Names come from two places: the gazetteer of the shared text-analysis library (every
 * alias in every script, so 輝達 finds Nvidia even before any article named it) and the store (entities and the
 * surfaces articles actually used).
 */
@ApplicationScoped
public class EntityService {

    /** Entities a look-up considers before ranking; bounds the work for one-character queries. */
    static final int CANDIDATES = 200;
    static final int CO_OCCURRING = 10;
    static final int RECENT = 10;

    @Inject
    TextAnalyzer analyzer;
    @Inject
    TermVariants variants;
    @Inject
    InsightRepository insights;
    @Inject
    CuratedEntities curated;

    /** The forms a user-typed name is compared in: as typed and its Simplified normalisations, folded. */
    Set<String> needles(String q) {
        Set<String> needles = new LinkedHashSet<>();
        needles.add(Gazetteer.fold(q));
        for (String form : variants.forms(q)) {
            needles.add(Gazetteer.fold(form));
        }
        needles.remove("");
        return needles;
    }

    public Uni<List<EntitySummary>> search(String q, int limit) {
        Set<String> needles = needles(q);
        Map<String, EntityRef> candidates = new LinkedHashMap<>();
        Set<String> exact = new LinkedHashSet<>();
        CurationRules rules = curated.rules();
        String named = curated.entityNamed(q, variants.forms(q), variants.entity(q).map(CanonicalEntity::id)
                .orElse(null));
        if (named != null) {
            candidates.put(named, current(named, null));
            exact.add(named);
        }
        // An index of every alias, English name and toneless pinyin (q=Ningbo, q=ningbo, q=dingzhaozhong): with the
        // knowledge base there are tens of thousands of names, too many to scan per query.
        int room = Math.max(0, CANDIDATES - candidates.size());
        analyzer.gazetteer().nameIndex().find(needles, room).forEach((entity, exactName) -> {
            String id = rules.canonicalId(entity.id());
            candidates.putIfAbsent(id, current(id, ref(entity)));
            if (exactName) {
                exact.add(id);
            }
        });
        // An English name no dictionary lists ("Bezos"): the unlinked people and places whose phonetic key it may
        // spell, after the names that match it as written.
        Optional<String> byEnglish = exact.isEmpty() ? variants.unlinkedIdPatternOfEnglish(q.strip()) : Optional.empty();
        Uni<List<EntityRef>> spelled = byEnglish.isPresent()
                ? insights.findUnlinkedByIdPattern(byEnglish.get(), CANDIDATES) : Uni.createFrom().item(List.of());
        return insights.findEntities(needles, q.strip(), CANDIDATES).chain(byName -> spelled.map(keyed -> {
            List<EntityRef> stored = new ArrayList<>(byName);
            stored.addAll(keyed);
            return stored;
        })).chain(stored -> {
            for (EntityRef entity : stored) {
                String id = rules.canonicalId(entity.id());
                candidates.putIfAbsent(id, current(id, entity));
                if (entity.id().equals(q.strip()) || needles.contains(Gazetteer.fold(entity.name()))) {
                    exact.add(id);
                }
            }
            return insights.mentionCounts(candidates.keySet()).map(counts -> candidates.values().stream()
                    .map(e -> new EntitySummary(e.id(), e.name(), e.type(), counts.getOrDefault(e.id(), 0L),
                            exact.contains(e.id())))
                    .sorted(Comparator.comparing((EntitySummary s) -> !s.exactMatch())
                            .thenComparing(EntitySummary::mentionCount, Comparator.reverseOrder())
                            .thenComparing(EntitySummary::name, Comparator.nullsLast(Comparator.naturalOrder())))
                    .limit(limit).toList());
        });
    }

    /**
     * The profile, or null when the id is neither stored, nor in the gazetteer, nor created by an override. An id
     * merged into another gets the survivor's profile, saying which id was asked for.
     */
    public Uni<EntityProfile> profile(String requestedId) {
        CurationRules rules = curated.rules();
        String id = rules.canonicalId(requestedId);
        Optional<CanonicalEntity> known = analyzer.gazetteer().byId(id);
        Curation curation = curation(rules, requestedId, id);
        return insights.entity(id).chain(stored -> {
            Optional<CurationRules.EntityRef> createdByOverride = rules.ref(id).filter(r -> r.id().equals(id));
            if (stored == null && known.isEmpty() && createdByOverride.isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            EntityRef entity = stored != null ? stored : known.isPresent() ? ref(known.get())
                    : new EntityRef(id, createdByOverride.get().name(), createdByOverride.get().type());
            return insights.stats(id).chain(stats -> insights.surfaces(id).chain(surfaces -> insights.timeline(id)
                    .chain(days -> insights.coOccurring(id, CO_OCCURRING).chain(co -> insights.recentArticles(id, RECENT)
                            .map(recent -> {
                                Map<String, NameVariant> names = new LinkedHashMap<>();
                                for (InsightRepository.SurfaceCount s : surfaces) {
                                    NameVariant v = names.computeIfAbsent(s.surface(),
                                            k -> new NameVariant(k, 0, new TreeMap<>()));
                                    Map<String, Long> regions = v.regions();
                                    regions.merge(s.region() == null ? "UNKNOWN" : s.region(), s.mentions(), Long::sum);
                                    names.put(s.surface(), new NameVariant(s.surface(), v.mentions() + s.mentions(), regions));
                                }
                                List<NameVariant> nameList = new ArrayList<>(names.values());
                                nameList.sort(Comparator.comparing(NameVariant::mentions, Comparator.reverseOrder()));
                                return new EntityProfile(entity.id(), entity.name(), entity.type(),
                                        known.map(CanonicalEntity::wikidataId).filter(w -> !w.isBlank()).orElse(null),
                                        known.map(CanonicalEntity::aliases).orElse(List.of()), stats.mentions(),
                                        stats.articles(), nameList,
                                        days.stream().map(d -> new TimelineDay(d.day().toString(), d.articles())).toList(),
                                        co.stream().map(c -> new CoEntity(c.id(), c.name(), c.type(), c.articles())).toList(),
                                        recent.stream().map(r -> new RecentArticle(r.id(), r.title(),
                                                r.publishedAt() == null ? null : r.publishedAt().toString(),
                                                PublicationZone.iso(r.publishedAt(), r.region()), r.region()))
                                                .toList(), curation);
                            })))));
        });
    }

    /**
     * Canonical ids a user-given entity reference means (an id, a canonical name, or any alias or surface in any
     * script), with every name it goes by (for matching fact attributes).
     */
    public Uni<Resolved> resolve(String value) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        names.add(value);
        Gazetteer gazetteer = analyzer.gazetteer();
        gazetteer.byId(value).ifPresent(e -> add(e, ids, names));
        variants.entity(value).ifPresent(e -> add(e, ids, names));
        Set<String> surfaces = new LinkedHashSet<>();
        surfaces.add(value);
        surfaces.addAll(variants.forms(value));
        String named = curated.entityNamed(value, surfaces, null);
        if (named != null) {
            ids.add(named);
        }
        CurationRules rules = curated.rules();
        return insights.resolveEntity(value, surfaces).map(stored -> {
            for (EntityRef e : stored) {
                ids.add(e.id());
                names.add(e.id());
                names.add(e.name());
                gazetteer.byId(e.id()).ifPresent(g -> names.addAll(g.aliases()));
            }
            // A merged entity's articles are its survivor's now.
            for (String id : List.copyOf(ids)) {
                ids.add(rules.canonicalId(id));
            }
            return new Resolved(ids, names);
        });
    }

    public record Resolved(Set<String> ids, Set<String> names) {
    }

    private static void add(CanonicalEntity e, Set<String> ids, Set<String> names) {
        ids.add(e.id());
        names.add(e.id());
        names.add(e.name());
        names.addAll(e.aliases());
    }

    /** The entity under its current name: the gazetteer's, else an override's, else {@code fallback}'s. */
    private EntityRef current(String id, EntityRef fallback) {
        Optional<CanonicalEntity> listed = analyzer.gazetteer().byId(id);
        if (listed.isPresent()) {
            return ref(listed.get());
        }
        Optional<CurationRules.EntityRef> curatedRef = curated.rules().ref(id).filter(r -> r.id().equals(id));
        if (curatedRef.isPresent()) {
            return new EntityRef(id, curatedRef.get().name(), curatedRef.get().type());
        }
        return fallback != null && fallback.id().equals(id) ? fallback
                : new EntityRef(id, fallback == null ? id : fallback.name(), fallback == null ? null : fallback.type());
    }

    private static Curation curation(CurationRules rules, String requestedId, String id) {
        List<String> merged = rules.mergedIds(id).stream().sorted().toList();
        List<String> added = List.copyOf(rules.aliasesOf(id));
        return new Curation(requestedId.equals(id) ? null : requestedId, merged, added);
    }

    private static EntityRef ref(CanonicalEntity e) {
        return new EntityRef(e.id(), e.name(), e.type().name());
    }
}
