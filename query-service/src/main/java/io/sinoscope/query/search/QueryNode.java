package io.sinoscope.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A parsed search query, engine-neutral: text clauses ({@link QueryClause}), {@code field:value} filters
 * ({@link FieldClause}) and groups of either ({@link QueryGroup}: all must match, or any). Any node can be excluded
 * ({@code -term}, {@code -"phrase"}, {@code -(group)}, {@code -field:value}). {@link QueryParser} builds it; each
 * backend renders it in its own query language.
 */
public sealed interface QueryNode permits QueryClause, FieldClause, QueryGroup {

    /** Written with a leading minus: articles matching it are left out. */
    boolean excluded();

    /** This node, excluded or not. */
    QueryNode withExcluded(boolean excluded);

    /** The terms the user wrote: text clauses and field values, not operators or parentheses. */
    int terms();

    /** This tree with each field clause replaced by what {@code resolve} makes of it (entity names to ids). */
    QueryNode mapFields(UnaryOperator<FieldClause> resolve);

    /** Adds the text clauses under this node that are not excluded, themselves or by a group around them. */
    void addPositiveClauses(List<QueryClause> into);

    /** The text clauses a matching article is found by: every clause not excluded, itself or by a group around it. */
    default List<QueryClause> positiveClauses() {
        List<QueryClause> clauses = new ArrayList<>();
        addPositiveClauses(clauses);
        return clauses;
    }

    /** The root as the group of all clauses a search matches: a lone clause or an OR is the one member of it. */
    static QueryGroup asAll(QueryNode root) {
        if (root instanceof QueryGroup group && group.operator() == QueryGroup.Operator.ALL && !group.excluded()) {
            return group;
        }
        return new QueryGroup(QueryGroup.Operator.ALL, List.of(root), false);
    }
}
