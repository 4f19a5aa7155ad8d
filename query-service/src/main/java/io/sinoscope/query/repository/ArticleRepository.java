package io.sinoscope.query.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The query schema: stores each article version with its children in one transaction, replacing the previous
 * version's children, and reads articles back. All methods return lazy {@link Uni}s that need a Vert.x context.
 */
@ApplicationScoped
public class ArticleRepository {

    /** Entities are shared by articles: insert or refresh the name in one statement, safe across replicas. */
    private static final String UPSERT_ENTITY = "insert into query.entity (id, name, type) values (?1, ?2, ?3) "
            + "on conflict (id) do update set name = excluded.name, type = excluded.type "
            + "where entity.name is distinct from excluded.name or entity.type is distinct from excluded.type";

    public Uni<StoreOutcome> store(ArticleEnriched event) {
        return Panache.withTransaction(() -> ArticleRow.<ArticleRow>findById(event.id()).chain(existing -> {
            if (existing != null && sameVersion(existing, event)) {
                return Uni.createFrom().item(StoreOutcome.UNCHANGED);
            }
            if (existing != null && isOlder(event, existing)) {
                return Uni.createFrom().item(StoreOutcome.STALE);
            }
            ArticleRow row = existing != null ? existing : new ArticleRow();
            fill(row, event);
            Uni<Void> clearChildren = existing == null
                    ? Uni.createFrom().voidItem()
                    : MentionRow.delete("articleId", event.id())
                            .chain(() -> FactRow.delete("articleId", event.id())).replaceWithVoid();
            return clearChildren
                    .chain(() -> upsertEntities(event.entities()))
                    .chain(() -> existing == null ? row.<ArticleRow>persist().replaceWithVoid() : Uni.createFrom().voidItem())
                    .chain(() -> Panache.getSession())
                    // The article row must exist before its children (foreign keys; children insert at once).
                    .chain(session -> session.flush().chain(() -> session.persistAll(children(event).toArray())))
                    .replaceWith(StoreOutcome.STORED);
        }));
    }

    /** Deletes the article and its children; true if it existed. */
    public Uni<Boolean> delete(String id) {
        return Panache.withTransaction(() -> MentionRow.delete("articleId", id)
                .chain(() -> FactRow.delete("articleId", id))
                .chain(() -> ArticleRow.deleteById(id)));
    }

    public Uni<Void> markIndexed(String id, Instant at) {
        return Panache.withTransaction(() -> ArticleRow.update("indexedAt = ?1 where id = ?2", at, id)).replaceWithVoid();
    }

    /** The article with its entities, mentions (in text order) and facts (in text order); null if unknown. */
    public Uni<ArticleGraph> load(String id) {
        return ArticleRow.<ArticleRow>findById(id).chain(article -> {
            if (article == null) {
                return Uni.createFrom().nullItem();
            }
            return MentionRow.<MentionRow>list("articleId = ?1 order by start, end", id)
                    .chain(mentions -> FactRow.<FactRow>list("articleId = ?1 order by start, end", id)
                            .chain(facts -> entities(mentions)
                                    .map(entities -> new ArticleGraph(article, entities, mentions, facts))));
        });
    }

    /** Up to {@code size} articles with an id after {@code afterId} (null: from the start), in id order. */
    public Uni<List<ArticleRow>> pageAfter(String afterId, int size) {
        return (afterId == null ? ArticleRow.<ArticleRow>findAll(Sort.by("id"))
                : ArticleRow.<ArticleRow>find("id > ?1", Sort.by("id"), afterId)).page(0, size).list();
    }

    /** Entity ids each article mentions. */
    public Uni<Map<String, List<String>>> entityIdsByArticle(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return MentionRow.<MentionRow>list("articleId in ?1", articleIds).map(mentions -> {
            Map<String, List<String>> byArticle = new LinkedHashMap<>();
            for (MentionRow mention : mentions) {
                List<String> ids = byArticle.computeIfAbsent(mention.articleId, key -> new ArrayList<>());
                if (!ids.contains(mention.entityId)) {
                    ids.add(mention.entityId);
                }
            }
            return byArticle;
        });
    }

    /** Which of these article ids are stored. */
    public Uni<List<String>> existingIds(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select a.id from ArticleRow a where a.id in (:ids)", String.class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * Up to {@code size} articles indexed at or after {@code since} or never marked indexed, with an id after
     * {@code afterId} (null: from the start), in id order: what a crash may have lost from the index.
     */
    public Uni<List<ArticleRow>> pageIndexedSince(Instant since, String afterId, int size) {
        String after = afterId == null ? "" : afterId;
        return (since == null
                ? ArticleRow.<ArticleRow>find("indexedAt is null and id > ?1", Sort.by("id"), after)
                : ArticleRow.<ArticleRow>find("(indexedAt is null or indexedAt >= ?1) and id > ?2", Sort.by("id"),
                        since, after)).page(0, size).list();
    }

    public Uni<Long> count() {
        return ArticleRow.count();
    }

    private static Uni<List<EntityRow>> entities(List<MentionRow> mentions) {
        List<String> ids = mentions.stream().map(m -> m.entityId).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return EntityRow.<EntityRow>list("id in ?1", ids).map(rows -> {
            // Keep the order of first mention.
            List<EntityRow> ordered = new ArrayList<>(rows);
            ordered.sort((a, b) -> Integer.compare(ids.indexOf(a.id), ids.indexOf(b.id)));
            return ordered;
        });
    }

    private static Uni<Void> upsertEntities(List<EnrichedEntity> entities) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (entities == null) {
            return chain;
        }
        Map<String, EnrichedEntity> unique = new LinkedHashMap<>();
        for (EnrichedEntity entity : entities) {
            if (entity != null && entity.id() != null) {
                unique.putIfAbsent(entity.id(), entity);
            }
        }
        for (EnrichedEntity entity : unique.values()) {
            chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_ENTITY)
                    .setParameter(1, entity.id())
                    .setParameter(2, entity.name() == null ? entity.id() : entity.name())
                    .setParameter(3, entity.type() == null ? "OTHER" : entity.type())
                    .executeUpdate())).replaceWithVoid();
        }
        return chain;
    }

    private static List<Object> children(ArticleEnriched event) {
        List<Object> children = new ArrayList<>();
        if (event.entities() != null) {
            for (EnrichedEntity entity : event.entities()) {
                if (entity == null || entity.id() == null || entity.mentions() == null) {
                    continue;
                }
                for (EntityMention mention : entity.mentions()) {
                    MentionRow row = new MentionRow();
                    row.articleId = event.id();
                    row.entityId = entity.id();
                    row.surface = mention.surface() == null ? "" : mention.surface();
                    row.start = mention.start();
                    row.end = mention.end();
                    children.add(row);
                }
            }
        }
        if (event.facts() != null) {
            for (ExtractedFact fact : event.facts()) {
                if (fact == null || fact.kind() == null) {
                    continue;
                }
                FactRow row = new FactRow();
                row.articleId = event.id();
                row.kind = fact.kind();
                row.text = fact.text();
                row.value = fact.value();
                row.unit = fact.unit();
                row.currency = fact.currency();
                row.date = fact.date();
                row.start = fact.start();
                row.end = fact.end();
                row.attributes = fact.attributes() == null || fact.attributes().isEmpty() ? null : fact.attributes();
                children.add(row);
            }
        }
        return children;
    }

    static boolean sameVersion(ArticleRow stored, ArticleEnriched event) {
        return Objects.equals(stored.contentHash, event.contentHash())
                && Objects.equals(stored.analyzerVersion, event.analyzerVersion());
    }

    static boolean isOlder(ArticleEnriched event, ArticleRow stored) {
        return event.enrichedAt() != null && stored.enrichedAt != null && event.enrichedAt().isBefore(stored.enrichedAt);
    }

    private static void fill(ArticleRow row, ArticleEnriched event) {
        row.id = event.id();
        row.externalId = event.externalId();
        row.source = event.source();
        row.url = event.url();
        row.title = event.title();
        row.text = event.text() == null ? "" : event.text();
        row.normalizedTitle = event.normalizedTitle();
        row.normalizedText = event.normalizedText() == null ? row.text : event.normalizedText();
        row.script = event.script();
        row.region = event.region();
        row.regionConfidence = event.regionConfidence();
        row.publishedAt = event.publishedAt();
        row.contentHash = event.contentHash();
        row.keywords = event.keywords() == null ? List.of() : List.copyOf(event.keywords());
        row.topics = event.topics() == null ? List.of() : List.copyOf(event.topics());
        row.summary = event.summary();
        row.analyzerVersion = event.analyzerVersion();
        row.enrichedAt = event.enrichedAt();
        row.indexedAt = null;
    }
}
