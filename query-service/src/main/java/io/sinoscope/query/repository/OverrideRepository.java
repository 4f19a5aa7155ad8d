package io.sinoscope.query.repository;

import io.sinoscope.contracts.EntityCuration;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * {@code query.entity_override}, the analysts' overrides as an append-only audit trail, and the look-ups curation
 * needs in the stored mentions. Every value is a bind parameter.
 */
@ApplicationScoped
public class OverrideRepository {

    private static final String COLUMNS = "sequence, kind, entity_id, entity_name, entity_type, other_entity_id, "
            + "other_name, other_type, alias, alias_forms, article_id, start_offset, end_offset, reason, actor, "
            + "created_at, published_at, applied_at";

    @Inject
    Pool pool;

    /**
     * An override as stored.
     *
     * @param publishedAt when entities.curated acknowledged it, null before
     * @param appliedAt   when the stored articles were rewritten for it, null before
     */
    public record StoredOverride(EntityCuration override, Instant publishedAt, Instant appliedAt) {
    }

    /** A stored mention: which entity it is linked to and how it is written. */
    public record StoredMention(String entityId, String surface) {
    }

    /** Appends the override (its sequence and createdAt are ignored) and returns it as stored. */
    public Uni<StoredOverride> append(EntityCuration o) {
        return pool.preparedQuery("insert into query.entity_override (kind, entity_id, entity_name, entity_type, "
                        + "other_entity_id, other_name, other_type, alias, alias_forms, article_id, start_offset, "
                        + "end_offset, reason, actor) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
                        + "$14) returning " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(o.kind(), o.entityId(), o.entityName(), o.entityType(),
                        o.otherEntityId(), o.otherName(), o.otherType(), o.alias(),
                        o.aliasForms().toArray(String[]::new), o.articleId(), o.start(), o.end(), o.reason(),
                        o.actor())))
                .map(rows -> read(rows).get(0));
    }

    /** Every override, oldest first: the rules in force. */
    public Uni<List<StoredOverride>> all() {
        return pool.query("select " + COLUMNS + " from query.entity_override order by sequence").execute()
                .map(OverrideRepository::read);
    }

    /**
     * The audit trail, newest first: every override, or those naming {@code entityId} on either side.
     */
    public Uni<List<StoredOverride>> trail(String entityId, int limit) {
        if (entityId == null) {
            return pool.preparedQuery("select " + COLUMNS + " from query.entity_override order by sequence desc "
                    + "limit $1").execute(Tuple.of(limit)).map(OverrideRepository::read);
        }
        return pool.preparedQuery("select " + COLUMNS + " from query.entity_override where entity_id = $1 "
                        + "or other_entity_id = $1 order by sequence desc limit $2")
                .execute(Tuple.of(entityId, limit)).map(OverrideRepository::read);
    }

    /** The highest sequence recorded, 0 without any. */
    public Uni<Long> lastSequence() {
        return pool.query("select coalesce(max(sequence), 0) from query.entity_override").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Overrides not yet published or not yet applied to the stored articles, oldest first. */
    public Uni<List<StoredOverride>> pending() {
        return pool.query("select " + COLUMNS + " from query.entity_override where applied_at is null "
                + "or published_at is null order by sequence").execute().map(OverrideRepository::read);
    }

    public Uni<Void> markPublished(long sequence) {
        return pool.preparedQuery("update query.entity_override set published_at = now() where sequence = $1 "
                + "and published_at is null").execute(Tuple.of(sequence)).replaceWithVoid();
    }

    public Uni<Void> markApplied(Collection<Long> sequences) {
        return pool.preparedQuery("update query.entity_override set applied_at = now() where sequence = any($1) "
                + "and applied_at is null").execute(Tuple.of(sequences.toArray(Long[]::new))).replaceWithVoid();
    }

    /**
     * Stored articles an override may change: those mentioning one of {@code entityIds}, or a mention written as one
     * of {@code surfaces}, or whose text contains one of them (an alias nothing linked yet; a scan of the text,
     * acceptable for a background job), and the {@code articleIds} named outright. In id order.
     */
    public Uni<List<String>> affectedArticles(Collection<String> entityIds, Collection<String> surfaces,
            Collection<String> articleIds) {
        String[] patterns = surfaces.stream().map(InsightRepository::likeContains).toArray(String[]::new);
        return pool.preparedQuery("select id from query.article where id = any($4) "
                        + "or id in (select article_id from query.mention where entity_id = any($1) "
                        + "or surface = any($2)) or (cardinality($3::text[]) > 0 and text like any($3)) order by id")
                .execute(Tuple.of(entityIds.toArray(String[]::new), surfaces.toArray(String[]::new), patterns,
                        articleIds.toArray(String[]::new)))
                .map(rows -> {
                    List<String> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getString(0));
                    }
                    return ids;
                });
    }

    /** Entity ids stored mentions written as one of {@code surfaces} are linked to. */
    public Uni<List<String>> entitiesNamed(Collection<String> surfaces) {
        return pool.preparedQuery("select distinct entity_id from query.mention where surface = any($1) "
                        + "order by entity_id")
                .execute(Tuple.of(surfaces.toArray(String[]::new)))
                .map(rows -> {
                    List<String> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getString(0));
                    }
                    return ids;
                });
    }

    /** How stored mentions of the entity are written, distinct. */
    public Uni<List<String>> surfacesOf(String entityId) {
        return pool.preparedQuery("select distinct surface from query.mention where entity_id = $1 order by surface")
                .execute(Tuple.of(entityId))
                .map(rows -> {
                    List<String> surfaces = new ArrayList<>();
                    for (Row row : rows) {
                        surfaces.add(row.getString(0));
                    }
                    return surfaces;
                });
    }

    /** The mention stored at exactly {@code [start, end)} of the article, or null. */
    public Uni<StoredMention> mention(String articleId, int start, int end) {
        return pool.preparedQuery("select entity_id, surface from query.mention where article_id = $1 "
                        + "and start_offset = $2 and end_offset = $3 order by id limit 1")
                .execute(Tuple.of(articleId, start, end))
                .map(rows -> {
                    for (Row row : rows) {
                        return new StoredMention(row.getString(0), row.getString(1));
                    }
                    return null;
                });
    }

    /** Whether the entity table holds {@code id}. */
    public Uni<Boolean> entityStored(String id) {
        return pool.preparedQuery("select 1 from query.entity where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext());
    }

    private static List<StoredOverride> read(RowSet<Row> rows) {
        List<StoredOverride> list = new ArrayList<>();
        for (Row row : rows) {
            String[] forms = row.getArrayOfStrings(9);
            list.add(new StoredOverride(new EntityCuration(EntityCuration.SCHEMA_VERSION, row.getLong(0),
                    row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                    row.getString(6), row.getString(7), row.getString(8), forms == null ? List.of() : List.of(forms),
                    row.getString(10), row.getInteger(11), row.getInteger(12), row.getString(13), row.getString(14),
                    instant(row.getOffsetDateTime(15))), instant(row.getOffsetDateTime(16)),
                    instant(row.getOffsetDateTime(17))));
        }
        return list;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
