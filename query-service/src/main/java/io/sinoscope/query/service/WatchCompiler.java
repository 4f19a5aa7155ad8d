package io.sinoscope.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.repository.WatchRow;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.service.WatchSpec.FactConditionSpec;
import io.sinoscope.query.watch.CompiledWatch;
import io.sinoscope.query.watch.FactCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A stored watch as matching needs it: its search parsed and its entity clauses resolved as a search resolves them
 * ({@link SearchService}), its entities as every id they name (an analyst's merge followed), the parties of its fact
 * conditions as every name the stored facts may use ({@link MeasureFilters}). Compiled again at each load, so new
 * aliases and merges reach existing watches. Blocking.
 */
@ApplicationScoped
public class WatchCompiler {

    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(30);
    private static final TypeReference<List<FactConditionSpec>> FACTS = new TypeReference<>() { };

    @Inject
    SearchService search;
    @Inject
    EntityService entities;
    @Inject
    MeasureFilters measures;
    @Inject
    ObjectMapper json;

    public CompiledWatch compile(WatchRow row) {
        SearchRequest request = null;
        if (row.q() != null) {
            request = search.resolved(new SearchRequest(QueryParser.parse(row.q()), null, null, row.source(),
                    row.region(), row.entity(), row.topic(), SearchRequest.SortOrder.DATE, 0, 1));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String entity : row.entityIds()) {
            ids.addAll(entityIds(entity));
        }
        List<FactCondition> facts = new ArrayList<>();
        for (FactConditionSpec spec : factConditions(row.factConditionsJson())) {
            facts.add(fact(spec));
        }
        return new CompiledWatch(row.id(), request, searchText(row), ids, facts);
    }

    /** The fact conditions as stored (JSON). */
    List<FactConditionSpec> factConditions(String stored) {
        try {
            return stored == null ? List.of() : json.readValue(stored, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fact conditions in query.watch: " + e.getMessage(), e);
        }
    }

    String factConditionsJson(List<FactConditionSpec> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> entityIds(String entity) {
        Set<String> ids = entities.resolve(entity).await().atMost(RESOLVE_TIMEOUT).ids();
        return ids.isEmpty() ? Set.of(entity) : ids;
    }

    private FactCondition fact(FactConditionSpec spec) {
        Set<String> partyIds = null;
        Set<String> partyNames = null;
        if (spec.party() != null) {
            partyIds = entityIds(spec.party());
            partyNames = names(spec.party());
        }
        return new FactCondition(spec.kind(), names(spec.imposer()), names(spec.target()), partyIds, partyNames,
                spec.minAmount(), spec.currency(), describe(spec));
    }

    private Set<String> names(String party) {
        return party == null ? null : measures.names(party).await().atMost(RESOLVE_TIMEOUT);
    }

    static String describe(FactConditionSpec spec) {
        List<String> parts = new ArrayList<>();
        add(parts, "kind", spec.kind());
        add(parts, "imposer", spec.imposer());
        add(parts, "target", spec.target());
        add(parts, "party", spec.party());
        if (spec.minAmount() != null) {
            parts.add("amount >= " + spec.minAmount());
        }
        add(parts, "currency", spec.currency());
        return String.join(" ", parts);
    }

    private static String searchText(WatchRow row) {
        if (row.q() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(row.q());
        add(parts, "source", row.source());
        add(parts, "region", row.region());
        add(parts, "topic", row.topic());
        add(parts, "entity", row.entity());
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
