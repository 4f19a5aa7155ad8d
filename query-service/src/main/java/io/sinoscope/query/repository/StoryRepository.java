package io.sinoscope.query.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stories as stored (tables {@code query.story}, {@code story_member}, {@code story_event}, V9): the clusterer's
 * assignments, shared by every replica, and analysts' merges and splits. On the reactive PostgreSQL client; every value
 * a caller passes is a bind parameter.
 */
@ApplicationScoped
public class StoryRepository {

    /** Follows analysts' merges from a story to the one that holds its members now (itself when not merged). */
    private static final String SURVIVOR = "with recursive chain (id, merged_into, depth) as ("
            + "select id, merged_into, 0 from query.story where id = $1 "
            + "union all select s.id, s.merged_into, c.depth + 1 from query.story s join chain c "
            + "on s.id = c.merged_into where c.depth < 32) select id from chain where merged_into is null";
    private static final String CLAIM = "insert into query.story_member (article_id, story_id, region, published_at, "
            + "score) values ($1, $2, $3, $4, $5) on conflict (article_id) do nothing returning story_id";
    /** A story started by its first member, or one more member: the span and the first report's title follow it. */
    private static final String COUNT_IN = "insert into query.story as s (id, first_published, last_published, title, "
            + "member_count) values ($1, $2, $2, $3, 1) on conflict (id) do update set "
            + "member_count = s.member_count + 1, "
            + "title = case when excluded.first_published < s.first_published or s.title is null then excluded.title "
            + "else s.title end, "
            + "first_published = least(s.first_published, excluded.first_published), "
            + "last_published = greatest(s.last_published, excluded.last_published)";
    /**
     * Count, span and first report's title from the members; run after the story rows are locked by an earlier
     * statement of the same transaction, so that it sees every membership committed before the lock.
     */
    private static final String RECOUNT = "update query.story s set "
            + "member_count = (select count(*) from query.story_member m where m.story_id = s.id), "
            + "first_published = (select min(m.published_at) from query.story_member m where m.story_id = s.id), "
            + "last_published = (select max(m.published_at) from query.story_member m where m.story_id = s.id), "
            + "title = coalesce((select a.title from query.story_member m join query.article a on a.id = m.article_id "
            + "where m.story_id = s.id order by m.published_at, m.article_id limit 1), s.title) "
            + "where s.id = any($1)";
    private static final String LOCK = "select id, merged_into from query.story where id = any($1) order by id "
            + "for update";
    private static final String EVENT = "insert into query.story_event (story_id, kind, other_story_id, article_ids, "
            + "actor, reason) values ($1, $2, $3, $4, $5, $6)";
    private static final String FILTERS = " from query.story s where s.merged_into is null and s.member_count > 0 "
            + "and ($1::timestamptz is null or s.last_published >= $1) "
            + "and ($2::timestamptz is null or s.first_published <= $2) "
            + "and ($3::text is null or exists (select 1 from query.story_member m where m.story_id = s.id "
            + "and m.region = $3)) "
            + "and ($4::text[] is null or exists (select 1 from query.story_member m join query.mention x "
            + "on x.article_id = m.article_id where m.story_id = s.id and x.entity_id = any($4))) "
            + "and ($5::text[] is null or exists (select 1 from query.story_member m join query.article a "
            + "on a.id = m.article_id where m.story_id = s.id "
            + "and (a.title like any($5) or a.normalized_title like any($5))))";
    private static final String REGIONS = "(select coalesce(string_agg(r || '=' || n, ',' order by r), '') from ("
            + "select coalesce(m.region, 'OTHER') r, count(*) n from query.story_member m where m.story_id = s.id "
            + "group by 1) per_region)";
    private static final List<String> TRADE_MEASURES = List.of("tariff_change", "export_control", "sanction");

    @Inject
    Pool pool;

    /** One article's place in a story as the ingestion path records it. */
    public record Membership(String articleId, String storyId, String region, Instant publishedAt, String title,
                             double score) {
    }

    /**
     * Records the article in the story (following analysts' merges from it to the survivor), unless it belongs to a
     * story already, whoever recorded it: the membership is claimed with {@code on conflict do nothing}, and only the
     * claim's winner starts or counts in the story. Safe across replicas.
     *
     * @return the story the article belongs to: this one (or its survivor), or the one recorded before
     */
    public Uni<String> claim(Membership m) {
        return pool.withTransaction(c -> c.preparedQuery(SURVIVOR).execute(Tuple.of(m.storyId())).chain(chain -> {
            String story = chain.size() == 0 ? m.storyId() : chain.iterator().next().getString(0);
            return c.preparedQuery(CLAIM).execute(Tuple.of(m.articleId(), story, m.region(), time(m.publishedAt()),
                    m.score())).chain(claimed -> claimed.size() == 1
                    ? c.preparedQuery(COUNT_IN).execute(Tuple.of(story, time(m.publishedAt()), m.title()))
                            .replaceWith(story)
                    : storyOf(c, m.articleId()));
        }));
    }

    /** The story the article belongs to, or null. */
    public Uni<String> storyOf(String articleId) {
        return pool.withConnection(c -> storyOf(c, articleId));
    }

    private static Uni<String> storyOf(SqlConnection c, String articleId) {
        return c.preparedQuery("select story_id from query.story_member where article_id = $1")
                .execute(Tuple.of(articleId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    /** The latest publication time of any member, null with no stories. */
    public Uni<Instant> newestMember() {
        return pool.query("select max(published_at) from query.story_member").execute()
                .map(rows -> instant(rows.iterator().next(), 0));
    }

    /** A member as the clusterer is warmed with it. */
    public record StoredMember(String articleId, String storyId) {
    }

    /** Members published at or after {@code since}, in publication order: the order they were assigned in. */
    public Uni<List<StoredMember>> membersSince(Instant since) {
        return pool.preparedQuery("select article_id, story_id from query.story_member where published_at >= $1 "
                        + "order by published_at, joined_at, article_id")
                .execute(Tuple.of(time(since)))
                .map(rows -> {
                    List<StoredMember> members = new ArrayList<>();
                    rows.forEach(r -> members.add(new StoredMember(r.getString(0), r.getString(1))));
                    return members;
                });
    }

    /** A story in a listing; {@code regions} counts its members per region ("CN=2,TW=1"). */
    public record StorySummary(String id, String title, Instant created, Instant firstPublished,
                               Instant lastPublished, int memberCount, String regions, String mergedInto) {
    }

    public record StoryPage(long total, List<StorySummary> stories) {
    }

    /**
     * What a listing asks for; a null field does not filter.
     *
     * @param entityIds   a member mentions one of these entities
     * @param titleLikes  LIKE patterns one of its members' titles (as written or normalised) matches
     */
    public record StoryFilter(Instant from, Instant to, String region, Set<String> entityIds,
                              Set<String> titleLikes, int page, int size) {
    }

    /** Stories (not merged away, with members) whose span meets [from, to], newest report first. */
    public Uni<StoryPage> list(StoryFilter f) {
        Tuple filters = Tuple.tuple().addValue(time(f.from())).addValue(time(f.to())).addValue(f.region())
                .addValue(f.entityIds() == null ? null : f.entityIds().toArray(String[]::new))
                .addValue(f.titleLikes() == null ? null : f.titleLikes().toArray(String[]::new));
        Tuple paged = Tuple.tuple().addValue(time(f.from())).addValue(time(f.to())).addValue(f.region())
                .addValue(f.entityIds() == null ? null : f.entityIds().toArray(String[]::new))
                .addValue(f.titleLikes() == null ? null : f.titleLikes().toArray(String[]::new))
                .addValue(f.size()).addValue((long) f.page() * f.size());
        return pool.withConnection(c -> c.preparedQuery("select count(*)" + FILTERS).execute(filters)
                .chain(count -> c.preparedQuery("select s.id, s.title, s.created_at, s.first_published, "
                                + "s.last_published, s.member_count, " + REGIONS + ", s.merged_into" + FILTERS
                                + " order by s.last_published desc, s.id limit $6 offset $7")
                        .execute(paged)
                        .map(rows -> new StoryPage(count.iterator().next().getLong(0), summaries(rows)))));
    }

    /** The story, merged or not; null if unknown. */
    public Uni<StorySummary> find(String id) {
        return pool.preparedQuery("select s.id, s.title, s.created_at, s.first_published, s.last_published, "
                        + "s.member_count, " + REGIONS + ", s.merged_into from query.story s where s.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : summaries(rows).get(0));
    }

    private static List<StorySummary> summaries(RowSet<Row> rows) {
        List<StorySummary> found = new ArrayList<>();
        for (Row r : rows) {
            found.add(new StorySummary(r.getString(0), r.getString(1), instant(r, 2), instant(r, 3), instant(r, 4),
                    r.getInteger(5), r.getString(6), r.getString(7)));
        }
        return found;
    }

    /** A member article with what a reader needs to tell the reports apart. */
    public record MemberRecord(String articleId, String source, String region, String script, Instant publishedAt,
                               String title, double score) {
    }

    /** Members in publication order. */
    public Uni<List<MemberRecord>> members(String storyId) {
        return pool.preparedQuery("select m.article_id, a.source, m.region, a.script, m.published_at, a.title, "
                        + "m.score from query.story_member m join query.article a on a.id = m.article_id "
                        + "where m.story_id = $1 order by m.published_at, m.article_id")
                .execute(Tuple.of(storyId))
                .map(rows -> {
                    List<MemberRecord> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new MemberRecord(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                                instant(r, 4), r.getString(5), r.getDouble(6)));
                    }
                    return found;
                });
    }

    /** An entity the story's members link, with the regions whose members link it. */
    public record SharedEntity(String id, String name, String type, List<String> regions, long articles) {
    }

    /**
     * Entities surely linked ({@link SureLinks}) by members of at least {@code minRegions} regions, the most reported
     * first.
     */
    public Uni<List<SharedEntity>> sharedEntities(String storyId, int minRegions) {
        return pool.preparedQuery("select e.id, e.name, e.type, "
                        + "array_agg(distinct coalesce(m.region, 'OTHER') order by coalesce(m.region, 'OTHER')), "
                        + "count(distinct m.article_id) from query.story_member m "
                        + "join query.mention x on x.article_id = m.article_id join query.entity e on e.id = x.entity_id "
                        + "where m.story_id = $1 and " + SureLinks.mention("x") + " group by e.id, e.name, e.type "
                        + "having count(distinct coalesce(m.region, 'OTHER')) >= $2 "
                        + "order by count(distinct m.article_id) desc, e.id")
                .execute(Tuple.of(storyId, minRegions))
                .map(rows -> {
                    List<SharedEntity> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new SharedEntity(r.getString(0), r.getString(1), r.getString(2),
                                Arrays.asList(r.getArrayOfStrings(3)), r.getLong(4)));
                    }
                    return found;
                });
    }

    /** The trade-measure facts of the members (tariff changes, export controls, sanctions), in publication order. */
    public Uni<List<InsightRepository.FactRecord>> measures(String storyId) {
        return pool.preparedQuery("select f.id, f.article_id, a.title, m.published_at, m.region, f.kind, f.text, "
                        + "f.value, f.unit, f.currency, f.date, f.start_offset, f.end_offset, f.attributes::text "
                        + "from query.story_member m join query.fact f on f.article_id = m.article_id "
                        + "join query.article a on a.id = m.article_id "
                        + "where m.story_id = $1 and f.kind = any($2) "
                        + "order by m.published_at, f.article_id, f.start_offset")
                .execute(Tuple.of(storyId, TRADE_MEASURES.toArray(String[]::new)))
                .map(rows -> {
                    List<InsightRepository.FactRecord> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new InsightRepository.FactRecord(r.getLong(0), r.getString(1), r.getString(2),
                                instant(r, 3), r.getString(4), r.getString(5), r.getString(6), r.getDouble(7),
                                r.getString(8), r.getString(9), r.getString(10), r.getInteger(11), r.getInteger(12),
                                r.getString(13)));
                    }
                    return found;
                });
    }

    /** A recorded change of a story besides an article joining it. */
    public record StoryEventRecord(String kind, String otherStoryId, List<String> articleIds, String actor,
                                   String reason, Instant createdAt) {
    }

    public Uni<List<StoryEventRecord>> events(String storyId) {
        return pool.preparedQuery("select kind, other_story_id, article_ids, actor, reason, created_at "
                        + "from query.story_event where story_id = $1 order by id")
                .execute(Tuple.of(storyId))
                .map(rows -> {
                    List<StoryEventRecord> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new StoryEventRecord(r.getString(0), r.getString(1),
                                Arrays.asList(r.getArrayOfStrings(2)), r.getString(3), r.getString(4),
                                instant(r, 5)));
                    }
                    return found;
                });
    }

    /** A member's normalised title and text, for the comparison of the regions' wording. */
    public record MemberText(String articleId, String normalizedTitle, String normalizedText) {
    }

    public Uni<List<MemberText>> memberTexts(String storyId) {
        return pool.preparedQuery("select m.article_id, a.normalized_title, a.normalized_text "
                        + "from query.story_member m join query.article a on a.id = m.article_id "
                        + "where m.story_id = $1 order by m.published_at, m.article_id")
                .execute(Tuple.of(storyId))
                .map(rows -> {
                    List<MemberText> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new MemberText(r.getString(0), r.getString(1), r.getString(2)));
                    }
                    return found;
                });
    }

    /** A linked mention in a member, with its entity and the form the report wrote. */
    public record MemberMention(String articleId, String entityId, String entityName, String entityType,
                                String surface) {
    }

    /** Every linked mention of the members, in text order per member. */
    public Uni<List<MemberMention>> memberMentions(String storyId) {
        return pool.preparedQuery("select x.article_id, e.id, e.name, e.type, x.surface from query.story_member m "
                        + "join query.mention x on x.article_id = m.article_id join query.entity e on e.id = x.entity_id "
                        + "where m.story_id = $1 order by m.published_at, x.article_id, x.start_offset")
                .execute(Tuple.of(storyId))
                .map(rows -> {
                    List<MemberMention> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new MemberMention(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                                r.getString(4)));
                    }
                    return found;
                });
    }

    /** An article's outlet and the story it belongs to (null while it has none). */
    public record ArticleStory(String articleId, String source, String storyId) {
    }

    /** The outlet and story of each of these articles that is stored. */
    public Uni<List<ArticleStory>> storiesOf(Collection<String> articleIds) {
        return pool.preparedQuery("select a.id, a.source, m.story_id from query.article a "
                        + "left join query.story_member m on m.article_id = a.id where a.id = any($1)")
                .execute(Tuple.of(articleIds.toArray(String[]::new)))
                .map(rows -> {
                    List<ArticleStory> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new ArticleStory(r.getString(0), r.getString(1), r.getString(2)));
                    }
                    return found;
                });
    }

    /** What an analyst's merge or split did, or why it did nothing. */
    public enum ChangeOutcome { DONE, UNKNOWN_STORY, UNKNOWN_OTHER, MERGED_ALREADY, NOT_MEMBERS, ALL_MEMBERS }

    /** @param storyId the story that holds the articles now (the survivor of a merge, the new story of a split) */
    public record Change(ChangeOutcome outcome, String storyId, List<String> articleIds) {
    }

    /**
     * Moves every member of {@code storyId} into {@code into}, which keeps its id; the merged story keeps its row
     * (marked merged into the survivor) so its id still leads somewhere and late assignments to it follow.
     */
    public Uni<Change> merge(String storyId, String into, String actor, String reason) {
        return pool.withTransaction(c -> c.preparedQuery(LOCK).execute(Tuple.of(new String[] {storyId, into}))
                .chain(locked -> {
                    Row from = find(locked, storyId);
                    Row survivor = find(locked, into);
                    if (from == null) {
                        return done(new Change(ChangeOutcome.UNKNOWN_STORY, storyId, List.of()));
                    }
                    if (survivor == null) {
                        return done(new Change(ChangeOutcome.UNKNOWN_OTHER, into, List.of()));
                    }
                    if (from.getString(1) != null || survivor.getString(1) != null) {
                        return done(new Change(ChangeOutcome.MERGED_ALREADY,
                                from.getString(1) != null ? storyId : into, List.of()));
                    }
                    return c.preparedQuery("update query.story_member set story_id = $2 where story_id = $1 "
                                    + "returning article_id").execute(Tuple.of(storyId, into))
                            .chain(moved -> {
                                List<String> ids = ids(moved);
                                String[] array = ids.toArray(String[]::new);
                                return c.preparedQuery("update query.story set merged_into = $2 where id = $1")
                                        .execute(Tuple.of(storyId, into))
                                        .chain(() -> c.preparedQuery(RECOUNT)
                                                .execute(Tuple.of(new String[] {storyId, into})))
                                        .chain(() -> c.preparedQuery(EVENT).execute(Tuple.tuple().addValue(storyId)
                                                .addValue("MERGED_INTO").addValue(into).addValue(array)
                                                .addValue(actor).addValue(reason)))
                                        .chain(() -> c.preparedQuery(EVENT).execute(Tuple.tuple().addValue(into)
                                                .addValue("MERGED_FROM").addValue(storyId).addValue(array)
                                                .addValue(actor).addValue(reason)))
                                        .replaceWith(new Change(ChangeOutcome.DONE, into, ids));
                            });
                }));
    }

    /** Moves these members of {@code storyId} to a new story; they must be some, not all, of its members. */
    public Uni<Change> split(String storyId, List<String> articleIds, String actor, String reason) {
        String[] requested = new LinkedHashSet<>(articleIds).toArray(String[]::new);
        return pool.withTransaction(c -> c.preparedQuery(LOCK).execute(Tuple.of(new String[] {storyId}))
                .chain(locked -> {
                    Row from = find(locked, storyId);
                    if (from == null) {
                        return done(new Change(ChangeOutcome.UNKNOWN_STORY, storyId, List.of()));
                    }
                    if (from.getString(1) != null) {
                        return done(new Change(ChangeOutcome.MERGED_ALREADY, storyId, List.of()));
                    }
                    return c.preparedQuery("select article_id, (select count(*) from query.story_member "
                                    + "where story_id = $1) from query.story_member where story_id = $1 "
                                    + "and article_id = any($2)").execute(Tuple.of(storyId, requested))
                            .chain(members -> {
                                List<String> found = ids(members);
                                if (found.size() < requested.length) {
                                    List<String> missing = new ArrayList<>(Arrays.asList(requested));
                                    missing.removeAll(found);
                                    return done(new Change(ChangeOutcome.NOT_MEMBERS, storyId, missing));
                                }
                                if (members.iterator().next().getLong(1) == requested.length) {
                                    return done(new Change(ChangeOutcome.ALL_MEMBERS, storyId, found));
                                }
                                String created = "story-" + UUID.randomUUID();
                                return c.preparedQuery("insert into query.story (id) values ($1)")
                                        .execute(Tuple.of(created))
                                        .chain(() -> c.preparedQuery("update query.story_member set story_id = $2, "
                                                + "score = 0 where article_id = any($1)")
                                                .execute(Tuple.of(requested, created)))
                                        .chain(() -> c.preparedQuery(RECOUNT)
                                                .execute(Tuple.of(new String[] {storyId, created})))
                                        .chain(() -> c.preparedQuery(EVENT).execute(Tuple.tuple().addValue(storyId)
                                                .addValue("SPLIT_OFF").addValue(created).addValue(requested)
                                                .addValue(actor).addValue(reason)))
                                        .chain(() -> c.preparedQuery(EVENT).execute(Tuple.tuple().addValue(created)
                                                .addValue("SPLIT_FROM").addValue(storyId).addValue(requested)
                                                .addValue(actor).addValue(reason)))
                                        .replaceWith(new Change(ChangeOutcome.DONE, created, List.of(requested)));
                            });
                }));
    }

    private static Uni<Change> done(Change change) {
        return Uni.createFrom().item(change);
    }

    private static Row find(RowSet<Row> rows, String id) {
        for (Row r : rows) {
            if (r.getString(0).equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static List<String> ids(RowSet<Row> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.getString(0)));
        return ids;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
