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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * The query schema: stores each article version with its children in one transaction, replacing the previous
 * version's children, and reads articles back. All methods return lazy {@link Uni}s that need a Vert.x context.
 */
@ApplicationScoped
public class ArticleRepository {

    /*
     * Children are written with one statement per table, each list bound as an array: an article carries dozens of
     * mentions, and one INSERT round trip per row (identity keys cannot be batched) held indexing to a few articles a
     * second. The statement texts never change, so PostgreSQL plans them once per connection.
     */

    /**
     * Entities are shared by articles: insert the new ones and refresh changed names in one statement, safe across
     * replicas. Not {@code on conflict do update}: that locks every existing row it meets, changed or not, until the
     * transaction ends, so the consumers storing articles that name the same entity (every article on tariffs names
     * the same few) queued behind each other's whole transaction and fell behind under load (docs/benchmarks.md,
     * "Figures behind design choices"). {@code do nothing} locks no existing row, and the update locks only rows
     * whose name or type really changed.
     */
    private static final String UPSERT_ENTITIES = "with incoming (id, name, type) as (select * from unnest("
            + "cast(:ids as text[]), cast(:names as text[]), cast(:types as text[]))), "
            + "added as (insert into query.entity (id, name, type) select id, name, type from incoming "
            + "on conflict (id) do nothing) "
            + "update query.entity e set name = i.name, type = i.type from incoming i where e.id = i.id "
            + "and (e.name is distinct from i.name or e.type is distinct from i.type)";
    private static final String INSERT_MENTIONS = "insert into query.mention "
            + "(article_id, entity_id, surface, start_offset, end_offset, confidence) select :article, * from unnest("
            + "cast(:entities as text[]), cast(:surfaces as text[]), cast(:starts as int[]), cast(:ends as int[]), "
            + "cast(:confidences as float8[]))";
    private static final String INSERT_FACTS = "insert into query.fact (article_id, kind, text, value, unit, currency, "
            + "date, start_offset, end_offset, attributes) select :article, k, t, v, u, c, d, s, e, cast(a as jsonb) "
            + "from unnest(cast(:kinds as text[]), cast(:texts as text[]), cast(:values as float8[]), "
            + "cast(:units as text[]), cast(:currencies as text[]), cast(:dates as text[]), cast(:starts as int[]), "
            + "cast(:ends as int[]), cast(:attributes as text[])) as f(k, t, v, u, c, d, s, e, a)";

    /**
     * Stores the event's version unless the same or a newer one is stored.
     *
     * @param indexedAt recorded with a stored version: when it is handed to the index (see {@link ArticleRow#indexedAt})
     */
    public Uni<StoreOutcome> store(ArticleEnriched event, Instant indexedAt) {
        return Panache.withTransaction(() -> retractedAtOrAfter(event).chain(retracted -> retracted
                ? Uni.createFrom().item(StoreOutcome.RETRACTED)
                : ArticleRow.<ArticleRow>findById(event.id()).chain(existing -> storeOver(existing, event, indexedAt))));
    }

    /**
     * Whether the article was retracted at the event's version or a later one. A newer version (submitted again after
     * the retraction) lifts the retraction. Events without a version are not held back: their producers predate
     * versions, and so did the retractions of their time.
     */
    private static Uni<Boolean> retractedAtOrAfter(ArticleEnriched event) {
        if (event.version() == null) {
            return Uni.createFrom().item(false);
        }
        return RetractionRow.<RetractionRow>findById(event.id()).chain(retraction -> {
            if (retraction == null) {
                return Uni.createFrom().item(false);
            }
            if (event.version() <= retraction.version) {
                return Uni.createFrom().item(true);
            }
            return retraction.delete().replaceWith(false);
        });
    }

    private static Uni<StoreOutcome> storeOver(ArticleRow existing, ArticleEnriched event, Instant indexedAt) {
        if (existing != null && sameVersion(existing, event)) {
            return Uni.createFrom().item(StoreOutcome.UNCHANGED);
        }
        if (existing != null && isOlder(event, existing)) {
            return Uni.createFrom().item(StoreOutcome.STALE);
        }
        ArticleRow row = existing != null ? existing : new ArticleRow();
        fill(row, event);
        row.indexedAt = indexedAt;
        Uni<Void> clearChildren = existing == null
                ? Uni.createFrom().voidItem()
                : MentionRow.delete("articleId", event.id())
                        .chain(() -> FactRow.delete("articleId", event.id())).replaceWithVoid();
        return clearChildren
                .chain(() -> upsertEntities(event.entities()))
                .chain(() -> existing == null ? row.<ArticleRow>persist().replaceWithVoid() : Uni.createFrom().voidItem())
                // The article row must exist before its children (foreign keys).
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> insertMentions(event.id(), event.entities()))
                .chain(() -> insertFacts(event))
                .replaceWith(StoreOutcome.STORED);
    }

    /**
     * Replaces the stored article's entities and mentions with these (an analyst's override applied to it), keeping
     * everything else of the version, and records when it is handed to the index again.
     *
     * The row is locked first and left alone if it no longer holds the version the entities were computed from: a
     * newer version stored meanwhile was curated as it was stored, and these offsets would not fit its text.
     *
     * @param basedOn the stored version the entities were computed from (its content hash and analysis time)
     * @return false if the article is no longer stored in that version
     */
    public Uni<Boolean> replaceEntities(ArticleRow basedOn, List<EnrichedEntity> entities, Instant indexedAt) {
        String articleId = basedOn.id;
        return Panache.withTransaction(() -> ArticleRow.<ArticleRow>findById(articleId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).chain(row -> {
            if (row == null || !Objects.equals(row.contentHash, basedOn.contentHash)
                    || !Objects.equals(row.enrichedAt, basedOn.enrichedAt)) {
                return Uni.createFrom().item(false);
            }
            row.indexedAt = indexedAt;
            return MentionRow.delete("articleId", articleId)
                    .chain(() -> upsertEntities(entities))
                    .chain(() -> insertMentions(articleId, entities))
                    .replaceWith(true);
        }));
    }

    /** Deletes the article and its children; true if it existed. */
    public Uni<Boolean> delete(String id) {
        return Panache.withTransaction(() -> deleteArticle(id));
    }

    /**
     * Retracts the article at ingest's {@code version} (null: a tombstone from a producer that predates versions,
     * deleted as before and not recorded). The retraction is recorded with the highest version seen, so that no
     * version up to it is stored again. A retraction older than the stored version (the article was submitted again
     * after it) changes nothing.
     *
     * @return whether an article was deleted, or null if the retraction was older than the stored version
     */
    public Uni<Boolean> retract(String id, Long version) {
        if (version == null) {
            return delete(id);
        }
        return Panache.withTransaction(() -> ArticleRow.<ArticleRow>findById(id).chain(stored -> {
            if (stored != null && stored.version != null && stored.version > version) {
                return Uni.createFrom().<Boolean>nullItem();
            }
            return recordRetraction(id, version).chain(() -> deleteArticle(id));
        }));
    }

    /**
     * A retracted article leaves its story in the same transaction (V9): the member and its count go, the removal is
     * recorded as a story event. The span and the first report's title are taken from the members left.
     */
    private static final String LEAVE_STORY = "with gone as (delete from query.story_member where article_id = :id "
            + "returning story_id), counted as (update query.story s set member_count = s.member_count - 1 from gone "
            + "where s.id = gone.story_id) insert into query.story_event (story_id, kind, article_ids, actor) "
            + "select story_id, 'RETRACTED', array[cast(:id as text)], 'ingestion' from gone";
    private static final String RESPAN_STORY = "update query.story s set "
            + "first_published = (select min(m.published_at) from query.story_member m where m.story_id = s.id), "
            + "last_published = (select max(m.published_at) from query.story_member m where m.story_id = s.id), "
            + "title = coalesce((select a.title from query.story_member m join query.article a on a.id = m.article_id "
            + "where m.story_id = s.id order by m.published_at, m.article_id limit 1), s.title) "
            + "where s.id = (select e.story_id from query.story_event e where e.kind = 'RETRACTED' "
            + "and :id = any(e.article_ids) order by e.id desc limit 1)";

    private static Uni<Boolean> deleteArticle(String id) {
        return execute(LEAVE_STORY, Map.of("id", id))
                .chain(() -> execute(RESPAN_STORY, Map.of("id", id)))
                .chain(() -> MentionRow.delete("articleId", id))
                .chain(() -> FactRow.delete("articleId", id))
                .chain(() -> ArticleRow.deleteById(id));
    }

    private static Uni<Void> recordRetraction(String id, long version) {
        return execute("insert into query.retraction (article_id, version, retracted_at) values (:id, :version, now()) "
                + "on conflict (article_id) do update set version = greatest(query.retraction.version, "
                + "excluded.version), retracted_at = excluded.retracted_at", Map.of("id", id, "version", version));
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

    /** These articles (those stored), each with its entities, mentions and facts in text order. */
    public Uni<List<ArticleGraph>> loadAll(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> ArticleRow.<ArticleRow>list("id in ?1", ids).chain(articles -> MentionRow.<MentionRow>list(
                "articleId in ?1 order by start, end", ids).chain(mentions -> FactRow.<FactRow>list(
                "articleId in ?1 order by start, end", ids).chain(facts -> entities(mentions).map(entities -> {
                    List<ArticleGraph> graphs = new ArrayList<>();
                    for (ArticleRow article : articles) {
                        List<MentionRow> own = mentions.stream().filter(m -> m.articleId.equals(article.id)).toList();
                        Set<String> linked = own.stream().map(m -> m.entityId).collect(Collectors.toSet());
                        graphs.add(new ArticleGraph(article,
                                entities.stream().filter(e -> linked.contains(e.id)).toList(), own,
                                facts.stream().filter(f -> f.articleId.equals(article.id)).toList()));
                    }
                    return graphs;
                })))));
    }

    /** Up to {@code size} articles with an id after {@code afterId} (null: from the start), in id order. */
    public Uni<List<ArticleRow>> pageAfter(String afterId, int size) {
        return (afterId == null ? ArticleRow.<ArticleRow>findAll(Sort.by("id"))
                : ArticleRow.<ArticleRow>find("id > ?1", Sort.by("id"), afterId)).page(0, size).list();
    }

    /**
     * The entities each article links, with their mentions and stored confidences (what tells a possible link), as
     * {@link ArticleGraph#enrichedEntities} gives them; names and types are not read. Articles without a mention are
     * absent.
     */
    public Uni<Map<String, List<EnrichedEntity>>> entitiesByArticle(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return MentionRow.<MentionRow>list("articleId in ?1 order by start, end", articleIds).map(mentions -> {
            Map<String, List<MentionRow>> byArticle = new LinkedHashMap<>();
            for (MentionRow mention : mentions) {
                byArticle.computeIfAbsent(mention.articleId, key -> new ArrayList<>()).add(mention);
            }
            Map<String, List<EnrichedEntity>> entities = new LinkedHashMap<>();
            byArticle.forEach((articleId, own) -> entities.put(articleId,
                    new ArticleGraph(null, List.of(), own, List.of()).enrichedEntities()));
            return entities;
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
     * The stored version of each of these articles that is stored (null for one stored from an event without a
     * version), by id; ids not stored are absent.
     */
    public Uni<Map<String, Long>> storedVersions(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select a.id, a.version from ArticleRow a where a.id in (:ids)", Object[].class)
                .setParameter("ids", ids).getResultList()).map(rows -> {
                    Map<String, Long> versions = new HashMap<>();
                    rows.forEach(row -> versions.put((String) row[0], (Long) row[1]));
                    return versions;
                });
    }

    /**
     * Up to {@code size} articles handed to the index at or after {@code since} or never, with an id after
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
        if (entities == null) {
            return Uni.createFrom().voidItem();
        }
        // One row per id (an upsert may not touch a row twice), in id order so that replicas upserting the same
        // entities lock them in the same order and never deadlock.
        Map<String, EnrichedEntity> unique = new TreeMap<>();
        for (EnrichedEntity entity : entities) {
            if (entity != null && entity.id() != null) {
                unique.putIfAbsent(entity.id(), entity);
            }
        }
        if (unique.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<EnrichedEntity> rows = List.copyOf(unique.values());
        return execute(UPSERT_ENTITIES, Map.of(
                "ids", column(rows, EnrichedEntity::id),
                "names", column(rows, e -> e.name() == null ? e.id() : e.name()),
                "types", column(rows, e -> e.type() == null ? "OTHER" : e.type())));
    }

    private record Mention(String entityId, EntityMention mention) {
    }

    private static Uni<Void> insertMentions(String articleId, List<EnrichedEntity> entities) {
        List<Mention> rows = new ArrayList<>();
        for (EnrichedEntity entity : entities == null ? List.<EnrichedEntity>of() : entities) {
            if (entity != null && entity.id() != null && entity.mentions() != null) {
                entity.mentions().forEach(mention -> rows.add(new Mention(entity.id(), mention)));
            }
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(INSERT_MENTIONS, Map.of(
                "article", articleId,
                "entities", column(rows, Mention::entityId),
                "surfaces", column(rows, m -> m.mention().surface() == null ? "" : m.mention().surface()),
                "starts", rows.stream().mapToInt(m -> m.mention().start()).toArray(),
                "ends", rows.stream().mapToInt(m -> m.mention().end()).toArray(),
                "confidences", rows.stream().map(m -> m.mention().confidence()).toArray(Double[]::new)));
    }

    private static Uni<Void> insertFacts(ArticleEnriched event) {
        List<ExtractedFact> rows = event.facts() == null ? List.of()
                : event.facts().stream().filter(f -> f != null && f.kind() != null).toList();
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("article", event.id());
        columns.put("kinds", column(rows, ExtractedFact::kind));
        columns.put("texts", column(rows, ExtractedFact::text));
        columns.put("values", rows.stream().map(ExtractedFact::value).toArray(Double[]::new));
        columns.put("units", column(rows, ExtractedFact::unit));
        columns.put("currencies", column(rows, ExtractedFact::currency));
        columns.put("dates", column(rows, ExtractedFact::date));
        columns.put("starts", rows.stream().mapToInt(ExtractedFact::start).toArray());
        columns.put("ends", rows.stream().mapToInt(ExtractedFact::end).toArray());
        columns.put("attributes", column(rows, f -> f.attributes() == null || f.attributes().isEmpty() ? null
                : JsonColumns.write(f.attributes())));
        return execute(INSERT_FACTS, columns);
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static Uni<Void> execute(String statement, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /**
     * Whether the event is the stored version again. One that brings a cleaning report the stored row lacks is not:
     * that is how articles stored before the report existed get it (ingest-service's republish). Nor is one with
     * another of ingest's versions: the same content submitted again after a retraction is a new version, and a row
     * left at the old number would stay behind ingest for good (reconciliation would find it stale at every run).
     */
    static boolean sameVersion(ArticleRow stored, ArticleEnriched event) {
        return (stored.version == null || event.version() == null || stored.version.equals(event.version()))
                && Objects.equals(stored.contentHash, event.contentHash())
                && Objects.equals(stored.analyzerVersion, event.analyzerVersion())
                && !(stored.cleaning == null && event.cleaning() != null);
    }

    /**
     * Whether the event is an older version than the stored one. ingest-service's version decides when both have
     * one: nlp-service replicas' clocks may disagree, so an update analysed on a slow clock must still win. With
     * equal versions (the same content analysed again, e.g. by a newer analyzer) or a version missing on either
     * side (a producer that predates versions), the later analysis (enrichedAt) wins, as before.
     */
    static boolean isOlder(ArticleEnriched event, ArticleRow stored) {
        if (event.version() != null && stored.version != null && !event.version().equals(stored.version)) {
            return event.version() < stored.version;
        }
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
        row.version = event.version();
        row.cleaning = event.cleaning();
    }
}
