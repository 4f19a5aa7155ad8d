package io.sinoscope.query.service;

import io.sinoscope.query.repository.InsightRepository;
import io.sinoscope.query.repository.StoryRepository;
import io.sinoscope.query.repository.StoryRepository.Change;
import io.sinoscope.query.repository.StoryRepository.MemberRecord;
import io.sinoscope.query.repository.StoryRepository.StoryFilter;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.service.StoryViews.Member;
import io.sinoscope.query.service.StoryViews.SharedEntity;
import io.sinoscope.query.service.StoryViews.StoryDetail;
import io.sinoscope.query.service.StoryViews.StoryEvent;
import io.sinoscope.query.service.StoryViews.StoryList;
import io.sinoscope.query.service.StoryViews.StorySummary;
import io.sinoscope.query.story.comparison.StoryComparison;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.time.PublicationZone;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stories as readers and analysts see them: a filtered listing, one story with its reports, what its regions share,
 * the trade measures it reports and how its regions' reports compare, and analysts' merges and splits (recorded as
 * story events with who and when).
 */
@ApplicationScoped
public class StoryService {

    /** Regions whose reports must name an entity for it to count as shared. */
    static final int SHARED_BY_REGIONS = 2;

    @Inject
    StoryRepository stories;
    @Inject
    EntityService entities;
    @Inject
    TermVariants variants;
    @Inject
    StoryComparisons comparisons;

    /**
     * What a listing asks for, already checked by the caller; a null field does not filter.
     *
     * @param text   text a report's title contains, in any regional form
     * @param entity an entity id, canonical name or any alias in any script a report names
     * @param region a report from this region (CN, TW, HK, OTHER)
     * @param from   inclusive: the story's last report is at or after it
     * @param to     inclusive: the story's first report is at or before it
     */
    public record StoryQuery(String text, String entity, String region, Instant from, Instant to) {
    }

    public Uni<StoryList> list(StoryQuery query, int page, int size) {
        Set<String> likes = null;
        if (query.text() != null) {
            likes = new LinkedHashSet<>();
            likes.add(InsightRepository.likeContains(query.text()));
            for (String form : variants.forms(query.text())) {
                likes.add(InsightRepository.likeContains(form));
            }
        }
        Set<String> titleLikes = likes;
        Uni<EntityService.Resolved> resolved = query.entity() == null ? Uni.createFrom().nullItem()
                : entities.resolve(query.entity());
        return resolved.chain(r -> stories.list(new StoryFilter(query.from(), query.to(), query.region(),
                        r == null ? null : r.ids(), titleLikes, page, size))
                .map(found -> new StoryList(found.total(), page, size, r == null ? null : List.copyOf(r.ids()),
                        found.stories().stream().map(StoryService::summary).toList())));
    }

    /**
     * The story with its reports.
     *
     * @throws ProblemException 404 for an unknown story, or one merged into another (the detail names it)
     */
    public Uni<StoryDetail> story(String id) {
        return stories.find(id).chain(found -> {
            if (found == null) {
                throw ProblemException.notFound("No story with id " + id);
            }
            if (found.mergedInto() != null) {
                throw ProblemException.notFound("Story " + id + " was merged into " + found.mergedInto()
                        + ": read GET /api/v1/stories/" + found.mergedInto());
            }
            return stories.members(id).chain(members -> stories.sharedEntities(id, SHARED_BY_REGIONS)
                    .chain(shared -> stories.measures(id).chain(facts -> stories.events(id).chain(events ->
                            comparisons.of(id, members, facts).map(comparison ->
                                    detail(found, members, shared, facts, events, comparison))))));
        });
    }

    /**
     * An analyst's merge: every report of {@code id} moves into {@code into}, which keeps its id.
     *
     * @return the surviving story
     */
    public Uni<StoryDetail> merge(String id, String into, String actor, String reason) {
        if (into == null || into.isBlank()) {
            throw ProblemException.badRequest("into is required: the id of the story to merge " + id + " into");
        }
        if (into.strip().equals(id)) {
            throw ProblemException.badRequest("A story cannot be merged into itself (" + id + ")");
        }
        return stories.merge(id, into.strip(), actor, reason).chain(change -> {
            checked(change, id);
            return story(change.storyId());
        });
    }

    /**
     * An analyst's split: these reports of {@code id} move to a new story.
     *
     * @return the new story
     */
    public Uni<StoryDetail> split(String id, List<String> articleIds, String actor, String reason) {
        if (articleIds == null || articleIds.isEmpty() || articleIds.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw ProblemException.badRequest("articleIds is required: the ids of the reports of " + id
                    + " to move to a new story (not all of them)");
        }
        return stories.split(id, articleIds, actor, reason).chain(change -> {
            checked(change, id);
            return story(change.storyId());
        });
    }

    private static void checked(Change change, String id) {
        switch (change.outcome()) {
            case DONE -> { }
            case UNKNOWN_STORY -> throw ProblemException.notFound("No story with id " + id);
            case UNKNOWN_OTHER -> throw ProblemException.badRequest("into names no story: " + change.storyId());
            case MERGED_ALREADY -> throw ProblemException.conflict("Story " + change.storyId()
                    + " was merged into another already; act on the story it was merged into");
            case NOT_MEMBERS -> throw ProblemException.badRequest("Not reports of story " + id + ": "
                    + String.join(", ", change.articleIds()));
            case ALL_MEMBERS -> throw ProblemException.badRequest("articleIds names every report of story " + id
                    + ": a split moves some of them and leaves the rest");
        }
    }

    private static StorySummary summary(StoryRepository.StorySummary s) {
        return new StorySummary(s.id(), s.title(), s.memberCount(), regions(s.regions()), iso(s.firstPublished()),
                iso(s.lastPublished()), iso(s.created()));
    }

    private static StoryDetail detail(StoryRepository.StorySummary s, List<MemberRecord> members,
            List<StoryRepository.SharedEntity> shared, List<InsightRepository.FactRecord> facts,
            List<StoryRepository.StoryEventRecord> events, StoryComparison comparison) {
        List<Member> reports = members.stream().map(m -> new Member(m.articleId(), m.source(), m.region(),
                m.script(), iso(m.publishedAt()), PublicationZone.iso(m.publishedAt(), m.region()), m.title(),
                m.score())).toList();
        Map<String, Member> firstByRegion = new TreeMap<>();
        for (Member member : reports) {
            firstByRegion.putIfAbsent(member.region() == null ? "OTHER" : member.region(), member);
        }
        return new StoryDetail(s.id(), s.title(), s.memberCount(), regions(s.regions()), iso(s.firstPublished()),
                iso(s.lastPublished()), iso(s.created()), reports, firstByRegion,
                shared.stream().map(e -> new SharedEntity(e.id(), e.name(), e.type(), e.regions(), e.articles()))
                        .toList(),
                facts.stream().map(FactService::hit).toList(),
                events.stream().map(e -> new StoryEvent(e.kind(), e.otherStoryId(), e.articleIds(), e.actor(),
                        e.reason(), iso(e.createdAt()))).toList(), comparison);
    }

    /** "CN=2,TW=1" as a map in region order. */
    private static Map<String, Integer> regions(String counted) {
        Map<String, Integer> regions = new LinkedHashMap<>();
        if (counted != null && !counted.isEmpty()) {
            for (String pair : counted.split(",")) {
                int eq = pair.lastIndexOf('=');
                regions.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return regions;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
