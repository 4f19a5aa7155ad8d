package io.sinoscope.query.watch;

import io.sinoscope.query.search.SearchRequest;
import java.util.List;
import java.util.Set;

/**
 * What an active watch matches, ready for every article: each part given must hold.
 *
 * @param search      the saved search (q with its filters, entity clauses resolved), or null
 * @param searchText  how the search reads in "matched because" (q and its filters as written)
 * @param entityIds   the article must mention one of these (canonical ids: any regional spelling the linker links);
 *                    empty for no entity condition
 * @param facts       one fact of the article must satisfy one of these; empty for no fact condition
 */
public record CompiledWatch(String id, SearchRequest search, String searchText, Set<String> entityIds,
                            List<FactCondition> facts) {

    public CompiledWatch {
        entityIds = Set.copyOf(entityIds);
        facts = List.copyOf(facts);
    }
}
