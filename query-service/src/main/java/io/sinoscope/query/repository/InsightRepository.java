package io.sinoscope.query.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only aggregate queries for the entity and fact APIs, on the reactive PostgreSQL client. Every value a caller
 * passes is a bind parameter ({@code $n}); SQL text is only ever assembled from the fixed fragments in this class.
 */
@ApplicationScoped
public class InsightRepository {

    /**
     * A fact's date filter: its own day (a timestamp without zone, that day's midnight) against the bound as a wall
     * clock in the filter's zone, else its article's publication instant against the bound's instant.
     */
    private static final String DATED = "case when query.fact_instant(f.date) is not null then "
            + "(query.fact_instant(f.date) at time zone 'UTC')";
    private static final String PUBLISHED = " else a.published_at";

    @Inject
    Pool pool;

    public record EntityRef(String id, String name, String type) {
    }

    public record SurfaceCount(String surface, String region, long mentions) {
    }

    public record DayCount(LocalDate day, long articles) {
    }

    public record CoOccurrence(String id, String name, String type, long articles) {
    }

    public record ArticleRef(String id, String title, Instant publishedAt, String region) {
    }

    public record EntityStats(long mentions, long articles) {
    }

    public record FactRecord(long id, String articleId, String articleTitle, Instant publishedAt, String region,
                             String kind, String text, Double value, String unit, String currency, String date,
                             int start, int end, String attributesJson) {
    }

    public record FactPage(long total, List<FactRecord> facts) {
    }

    /** Escapes LIKE wildcards (backslash is PostgreSQL's default LIKE escape). */
    public static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Stored entities whose id equals, or whose name or any mention surface contains, one of the needles. */
    public Uni<List<EntityRef>> findEntities(Collection<String> lowerNeedles, String exactId, int limit) {
        String[] patterns = lowerNeedles.stream().map(InsightRepository::likeContains).toArray(String[]::new);
        return pool.preparedQuery("select e.id, e.name, e.type from query.entity e "
                        + "where e.id = $1 or lower(e.name) like any($2) "
                        + "or exists (select 1 from query.mention m where m.entity_id = e.id "
                        + "and lower(m.surface) like any($2)) "
                        + "order by e.id limit $3")
                .execute(Tuple.of(exactId, patterns, limit))
                .map(rows -> {
                    List<EntityRef> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new EntityRef(row.getString(0), row.getString(1), row.getString(2)));
                    }
                    return found;
                });
    }

    /**
     * Stored unlinked people and places whose id matches {@code idPattern} (a whole-id regular expression, the
     * English-name expansion of {@code TextAnalyzer.unlinkedIdPatternOfEnglish}), in id order.
     */
    public Uni<List<EntityRef>> findUnlinkedByIdPattern(String idPattern, int limit) {
        return pool.preparedQuery("select e.id, e.name, e.type from query.entity e "
                        + "where e.id like 'unlinked:name:~%' and e.id ~ $1 order by e.id limit $2")
                .execute(Tuple.of("^(" + idPattern + ")$", limit))
                .map(rows -> {
                    List<EntityRef> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new EntityRef(row.getString(0), row.getString(1), row.getString(2)));
                    }
                    return found;
                });
    }

    /** Stored entities with this id, this canonical name (case-insensitive) or one of these mention surfaces. */
    public Uni<List<EntityRef>> resolveEntity(String value, Collection<String> surfaces) {
        return pool.preparedQuery("select e.id, e.name, e.type from query.entity e where e.id = $1 "
                        + "or lower(e.name) = lower($1) "
                        + "or e.id in (select m.entity_id from query.mention m where m.surface = any($2))")
                .execute(Tuple.of(value, surfaces.toArray(String[]::new)))
                .map(rows -> {
                    List<EntityRef> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new EntityRef(row.getString(0), row.getString(1), row.getString(2)));
                    }
                    return found;
                });
    }

    public Uni<EntityRef> entity(String id) {
        return pool.preparedQuery("select id, name, type from query.entity where id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    for (Row row : rows) {
                        return new EntityRef(row.getString(0), row.getString(1), row.getString(2));
                    }
                    return null;
                });
    }

    /** Sure mentions per entity id ({@link SureLinks}; ids without any are absent). */
    public Uni<Map<String, Long>> mentionCounts(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select m.entity_id, count(*) from query.mention m where m.entity_id = any($1) "
                        + "and " + SureLinks.mention("m") + " group by m.entity_id")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    for (Row row : rows) {
                        counts.put(row.getString(0), row.getLong(1));
                    }
                    return counts;
                });
    }

    /** Sure mentions of the entity and the articles they are in ({@link SureLinks}). */
    public Uni<EntityStats> stats(String id) {
        return pool.preparedQuery("select count(*), count(distinct m.article_id) from query.mention m "
                        + "where m.entity_id = $1 and " + SureLinks.mention("m"))
                .execute(Tuple.of(id))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new EntityStats(row.getLong(0), row.getLong(1));
                });
    }

    /** Each surface the entity was written as, per region of the article, most frequent first. */
    public Uni<List<SurfaceCount>> surfaces(String id) {
        return pool.preparedQuery("select m.surface, a.region, count(*) from query.mention m "
                        + "join query.article a on a.id = m.article_id where m.entity_id = $1 "
                        + "group by m.surface, a.region order by count(*) desc, m.surface, a.region")
                .execute(Tuple.of(id))
                .map(rows -> {
                    List<SurfaceCount> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new SurfaceCount(row.getString(0), row.getString(1), row.getLong(2)));
                    }
                    return list;
                });
    }

    /**
     * Articles surely linking the entity ({@link SureLinks}) per UTC day of publication, oldest first; undated articles
     * are left out.
     */
    public Uni<List<DayCount>> timeline(String id) {
        return pool.preparedQuery("select (a.published_at at time zone 'UTC')::date as day, count(*) "
                        + "from query.article a where a.published_at is not null and a.id in "
                        + "(select m.article_id from query.mention m where m.entity_id = $1 and "
                        + SureLinks.mention("m") + ") group by day order by day")
                .execute(Tuple.of(id))
                .map(rows -> {
                    List<DayCount> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new DayCount(row.getLocalDate(0), row.getLong(1)));
                    }
                    return list;
                });
    }

    /** Other entities in the same articles, by number of shared articles; both links sure ({@link SureLinks}). */
    public Uni<List<CoOccurrence>> coOccurring(String id, int limit) {
        return pool.preparedQuery("select e.id, e.name, e.type, count(distinct m.article_id) as n "
                        + "from query.mention m join query.entity e on e.id = m.entity_id "
                        + "where m.entity_id <> $1 and " + SureLinks.mention("m") + " and m.article_id in "
                        + "(select m1.article_id from query.mention m1 where m1.entity_id = $1 and "
                        + SureLinks.mention("m1") + ") "
                        + "group by e.id, e.name, e.type order by n desc, e.id limit $2")
                .execute(Tuple.of(id, limit))
                .map(rows -> {
                    List<CoOccurrence> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new CoOccurrence(row.getString(0), row.getString(1), row.getString(2), row.getLong(3)));
                    }
                    return list;
                });
    }

    /** The latest articles surely linking the entity ({@link SureLinks}), newest first, undated last. */
    public Uni<List<ArticleRef>> recentArticles(String id, int limit) {
        return pool.preparedQuery("select a.id, a.title, a.published_at, a.region from query.article a where a.id in "
                        + "(select m.article_id from query.mention m where m.entity_id = $1 and "
                        + SureLinks.mention("m") + ") "
                        + "order by a.published_at desc nulls last, a.id limit $2")
                .execute(Tuple.of(id, limit))
                .map(rows -> {
                    List<ArticleRef> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new ArticleRef(row.getString(0), row.getString(1), instant(row.getOffsetDateTime(2)),
                                row.getString(3)));
                    }
                    return list;
                });
    }

    /**
     * A filter for {@link #facts}; null fields do not filter. A fact's own date is a calendar day, not an instant:
     * it is in [from, to] when that day's start in {@code zone} (UTC when null) is, so a fact dated 2 April is in
     * 2 April asked for in any zone.
     */
    public record FactFilter(String kind, Collection<String> entityIds, Collection<String> entityNames, Instant from,
                             Instant to, ZoneId zone, Collection<String> textPatterns, FactOrder order, int page,
                             int size, MeasureFilter measure) {

        public FactFilter(String kind, Collection<String> entityIds, Collection<String> entityNames, Instant from,
                          Instant to, ZoneId zone, Collection<String> textPatterns, FactOrder order, int page,
                          int size) {
            this(kind, entityIds, entityNames, from, to, zone, textPatterns, order, page, size, MeasureFilter.NONE);
        }

        /** The instant as a wall-clock time in the filter's zone, for comparing with a fact's own day. */
        LocalDateTime wallClock(Instant instant) {
            return LocalDateTime.ofInstant(instant, zone == null ? ZoneOffset.UTC : zone);
        }
    }

    /**
     * Filters on the parties and product of a trade measure (tariff_change, export_control, sanction); null fields do
     * not filter. {@code imposerNames}: names the {@code imposing_country} attribute may hold; {@code targetNames}: names
     * the {@code affected_country} or one of {@code affected_entities} may hold; {@code productPatterns}: ILIKE patterns
     * for {@code goods}; {@code list}: the code of the list of parties a sanction adds to or removes from
     * ({@code list} attribute: entity_list, unreliable_entity_list, export_control_control_list, ...).
     */
    public record MeasureFilter(Collection<String> imposerNames, Collection<String> targetNames,
                                Collection<String> productPatterns, String list) {
        public static final MeasureFilter NONE = new MeasureFilter(null, null, null, null);
    }

    /** The order of {@link #facts}; ties are broken by article and position, so pages never overlap. */
    public enum FactOrder {
        /** Newest first, by the fact's own date or else its article's publication. */
        DATE("coalesce(query.fact_instant(f.date), a.published_at) desc nulls last"),
        /** Largest normalised value first; facts without a value last. Meaningful within one kind and unit. */
        VALUE_DESC("f.value desc nulls last"),
        /** Smallest normalised value first; facts without a value last. */
        VALUE_ASC("f.value asc nulls last");

        private final String sql;

        FactOrder(String sql) {
            this.sql = sql;
        }
    }

    /**
     * Facts in the filter's order; {@code total} counts all that match. Entity: facts in articles mentioning one of
     * the ids, or whose attributes have one of the names as a value.
     */
    public Uni<FactPage> facts(FactFilter filter) {
        String when = "coalesce(query.fact_instant(f.date), a.published_at)";
        StringBuilder sql = new StringBuilder("select f.id, f.article_id, a.title, a.published_at, a.region, f.kind, "
                + "f.text, f.value, f.unit, f.currency, f.date, f.start_offset, f.end_offset, f.attributes::text, "
                + "count(*) over () as total from query.fact f join query.article a on a.id = f.article_id where true");
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            params.add(filter.kind());
            sql.append(" and f.kind = $").append(params.size());
        }
        if (filter.entityIds() != null) {
            params.add(filter.entityIds().toArray(String[]::new));
            int ids = params.size();
            params.add(filter.entityNames().toArray(String[]::new));
            int names = params.size();
            sql.append(" and (f.article_id in (select m.article_id from query.mention m where m.entity_id = any($")
                    .append(ids).append(")) or (jsonb_typeof(f.attributes) = 'object' and exists (select 1 from ")
                    .append("jsonb_each_text(f.attributes) kv where kv.value = any($").append(names).append("))))");
        }
        if (filter.from() != null) {
            params.add(filter.from().atOffset(ZoneOffset.UTC));
            params.add(filter.wallClock(filter.from()));
            sql.append(" and ").append(DATED).append(" >= $").append(params.size())
                    .append(PUBLISHED).append(" >= $").append(params.size() - 1).append(" end");
        }
        if (filter.to() != null) {
            params.add(filter.to().atOffset(ZoneOffset.UTC));
            params.add(filter.wallClock(filter.to()));
            sql.append(" and ").append(DATED).append(" <= $").append(params.size())
                    .append(PUBLISHED).append(" <= $").append(params.size() - 1).append(" end");
        }
        if (filter.textPatterns() != null) {
            params.add(filter.textPatterns().toArray(String[]::new));
            sql.append(" and f.text ilike any($").append(params.size()).append(")");
        }
        MeasureFilter measure = filter.measure() == null ? MeasureFilter.NONE : filter.measure();
        if (measure.imposerNames() != null) {
            params.add(measure.imposerNames().toArray(String[]::new));
            sql.append(" and jsonb_typeof(f.attributes) = 'object' and f.attributes->>'imposing_country' = any($")
                    .append(params.size()).append(")");
        }
        if (measure.targetNames() != null) {
            params.add(measure.targetNames().toArray(String[]::new));
            int names = params.size();
            sql.append(" and jsonb_typeof(f.attributes) = 'object' and (f.attributes->>'affected_country' = any($")
                    .append(names).append(") or (jsonb_typeof(f.attributes->'affected_entities') = 'array' and exists ")
                    .append("(select 1 from jsonb_array_elements_text(f.attributes->'affected_entities') e ")
                    .append("where e.value = any($").append(names).append("))))");
        }
        if (measure.productPatterns() != null) {
            params.add(measure.productPatterns().toArray(String[]::new));
            sql.append(" and jsonb_typeof(f.attributes) = 'object' and f.attributes->>'goods' ilike any($")
                    .append(params.size()).append(")");
        }
        if (measure.list() != null) {
            params.add(measure.list());
            sql.append(" and jsonb_typeof(f.attributes) = 'object' and f.attributes->>'list' = $").append(params.size());
        }
        // Past the last page the window count has no row to ride on: count separately.
        String countSql = "select count(*) from query.fact f join query.article a on a.id = f.article_id where true"
                + sql.substring(sql.indexOf(" where true") + " where true".length());
        List<Object> countParams = List.copyOf(params);
        params.add(filter.size());
        sql.append(" order by ").append(filter.order().sql).append(", f.article_id, f.start_offset, f.id limit $")
                .append(params.size());
        params.add((long) filter.page() * filter.size());
        sql.append(" offset $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            long total = 0;
            List<FactRecord> facts = new ArrayList<>();
            for (Row row : rows) {
                total = row.getLong(14);
                facts.add(new FactRecord(row.getLong(0), row.getString(1), row.getString(2),
                        instant(row.getOffsetDateTime(3)), row.getString(4), row.getString(5), row.getString(6),
                        row.getDouble(7), row.getString(8), row.getString(9), row.getString(10), row.getInteger(11),
                        row.getInteger(12), row.getString(13)));
            }
            return new FactPage(total, facts);
        }).chain(page -> !page.facts().isEmpty() || filter.page() == 0 ? Uni.createFrom().item(page)
                : pool.preparedQuery(countSql).execute(Tuple.from(countParams))
                        .map(rows -> new FactPage(rows.iterator().next().getLong(0), List.of())));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
