package io.sinoscope.query.watch;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SavedSearches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The active watches of this replica, compiled, and the percolation of an article against them. Each part of a
 * watch is filed where an article can find it: its saved search in {@link SavedSearches} (which pre-filters by the
 * search's terms), its entities by id, its fact conditions by fact kind. An article gathers the watches found through
 * its search hits, its entity ids and its fact kinds, and only those are checked in full, so the cost of an article
 * grows with the watches it could match, not with all of them. Paused and deleted watches are not here. Thread-safe:
 * consumers match while the service adds and removes watches.
 */
@ApplicationScoped
public class WatchRegistry {

    private static final Logger LOG = Logger.getLogger(WatchRegistry.class);
    /** Fact conditions without a kind are filed under this. */
    private static final String ANY_KIND = "";

    private final SavedSearches searches;

    /** Longest an article waits for the watches to be loaded at start before its matching fails (and is retried). */
    private static final long LOAD_WAIT_SECONDS = 60;

    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Map<String, CompiledWatch> watches = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byEntity = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byFactKind = new ConcurrentHashMap<>();
    /** Generation of the last change made through this replica, per watch, until a load has seen it. */
    private final Map<String, Long> changedAt = new HashMap<>();
    private long generation;

    /** Files the watches' saved searches in {@code searches}: the service's, or a bare one (tests, benchmarks). */
    @Inject
    public WatchRegistry(SavedSearches searches) {
        this.searches = searches;
    }

    /** Adds the watch or replaces its earlier form (a change made through this replica). */
    public synchronized void put(CompiledWatch watch) {
        changedAt.put(watch.id(), ++generation);
        file(watch);
    }

    /** Takes the watch out of matching (deleted or paused through this replica). */
    public synchronized void remove(String id) {
        changedAt.put(id, ++generation);
        unfile(id);
    }

    /** The count of changes so far: read it before reading the store for {@link #replaceAll}. */
    public synchronized long generation() {
        return generation;
    }

    /**
     * Keeps exactly these watches (a load from the store), except those changed through this replica after
     * {@code readAfter} (the {@link #generation} before the store was read): the store may not have shown that change
     * yet, and the newer form stays. Until the first load, matching waits: an article indexed at start must not miss
     * the watches only because they were not read yet.
     */
    public synchronized void replaceAll(List<CompiledWatch> active, long readAfter) {
        Set<String> keep = new HashSet<>();
        for (CompiledWatch watch : active) {
            keep.add(watch.id());
            if (changedAt.getOrDefault(watch.id(), 0L) <= readAfter && !watch.equals(watches.get(watch.id()))) {
                try {
                    file(watch);
                } catch (RuntimeException e) {
                    // A search that expands past the clause limit now (new aliases): the others still load.
                    LOG.warnf("watch %s left out of matching: %s", watch.id(), e.getMessage());
                    unfile(watch.id());
                }
            }
        }
        for (String id : List.copyOf(watches.keySet())) {
            if (!keep.contains(id) && changedAt.getOrDefault(id, 0L) <= readAfter) {
                unfile(id);
            }
        }
        changedAt.values().removeIf(changed -> changed <= readAfter);
        loaded.countDown();
    }

    private void file(CompiledWatch watch) {
        unfile(watch.id());
        if (watch.search() != null) {
            searches.save(watch.id(), watch.search());
        }
        watch.entityIds().forEach(id -> byEntity.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet())
                .add(watch.id()));
        watch.facts().forEach(fact -> byFactKind.computeIfAbsent(kindKey(fact.kind()),
                k -> ConcurrentHashMap.newKeySet()).add(watch.id()));
        watches.put(watch.id(), watch);
    }

    private void unfile(String id) {
        CompiledWatch old = watches.remove(id);
        if (old == null) {
            return;
        }
        if (old.search() != null) {
            searches.remove(id);
        }
        old.entityIds().forEach(entity -> unfile(byEntity, entity, id));
        old.facts().forEach(fact -> unfile(byFactKind, kindKey(fact.kind()), id));
    }

    public int size() {
        return watches.size();
    }

    /** The watches the article (as stored and indexed) matches, each with why. */
    public List<WatchMatch> match(ArticleEnriched event) {
        awaitLoaded();
        if (watches.isEmpty()) {
            return List.of();
        }
        IndexedArticle article = IndexedArticle.of(event);
        Set<String> searchHits = searches.size() == 0 ? Set.of() : searches.matching(article);
        List<ExtractedFact> facts = event.facts() == null ? List.of()
                : event.facts().stream().filter(Objects::nonNull).toList();
        Set<String> candidates = new HashSet<>(searchHits);
        for (String entity : article.entityIds()) {
            candidates.addAll(byEntity.getOrDefault(entity, Set.of()));
        }
        for (ExtractedFact fact : facts) {
            candidates.addAll(byFactKind.getOrDefault(kindKey(fact.kind()), Set.of()));
        }
        if (!facts.isEmpty()) {
            candidates.addAll(byFactKind.getOrDefault(ANY_KIND, Set.of()));
        }
        List<WatchMatch> matches = new ArrayList<>();
        for (String id : candidates) {
            CompiledWatch watch = watches.get(id);
            if (watch != null) {
                List<String> because = because(watch, searchHits, article.entityIds(), facts);
                if (because != null) {
                    matches.add(new WatchMatch(id, because));
                }
            }
        }
        return matches;
    }

    private void awaitLoaded() {
        try {
            if (!loaded.await(LOAD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the watches have not been loaded from the store yet (is PostgreSQL "
                        + "reachable?); the article is matched when its event is retried");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the watches to load", e);
        }
    }

    /** Why the watch matches, one line per part; null if a part does not hold. */
    private static List<String> because(CompiledWatch watch, Set<String> searchHits, Set<String> entityIds,
            List<ExtractedFact> facts) {
        List<String> because = new ArrayList<>();
        if (watch.search() != null) {
            if (!searchHits.contains(watch.id())) {
                return null;
            }
            because.add("search: " + watch.searchText());
        }
        if (!watch.entityIds().isEmpty()) {
            List<String> mentioned = watch.entityIds().stream().filter(entityIds::contains).sorted().toList();
            if (mentioned.isEmpty()) {
                return null;
            }
            because.add("entity: " + String.join(", ", mentioned));
        }
        if (!watch.facts().isEmpty()) {
            String fact = factMatch(watch.facts(), facts, entityIds);
            if (fact == null) {
                return null;
            }
            because.add(fact);
        }
        return because;
    }

    private static String factMatch(List<FactCondition> conditions, List<ExtractedFact> facts, Set<String> entityIds) {
        for (FactCondition condition : conditions) {
            for (ExtractedFact fact : facts) {
                if (condition.matches(fact, entityIds)) {
                    return "fact: " + condition.description() + " (" + fact.kind() + " " + fact.text() + ")";
                }
            }
        }
        return null;
    }

    private static String kindKey(String kind) {
        return kind == null ? ANY_KIND : kind.toLowerCase(Locale.ROOT);
    }

    private static void unfile(Map<String, Set<String>> index, String key, String id) {
        Set<String> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
