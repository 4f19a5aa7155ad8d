package io.sinoscope.query.search;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Clauses combined: {@link Operator#ALL} (written side by side, or with {@code AND}) or {@link Operator#ANY}
 * (with {@code OR} or {@code |}), in parentheses or not.
 *
 * @param children at least one, in the order written
 * @param excluded written as {@code -( … )}
 */
public record QueryGroup(Operator operator, List<QueryNode> children, boolean excluded) implements QueryNode {

    public QueryGroup {
        children = List.copyOf(children);
    }

    @Override
    public QueryGroup withExcluded(boolean excluded) {
        return new QueryGroup(operator, children, excluded);
    }

    @Override
    public int terms() {
        return children.stream().mapToInt(QueryNode::terms).sum();
    }

    @Override
    public QueryNode mapFields(UnaryOperator<FieldClause> resolve) {
        return new QueryGroup(operator, children.stream().map(child -> child.mapFields(resolve)).toList(), excluded);
    }

    @Override
    public void addPositiveClauses(List<QueryClause> into) {
        if (!excluded) {
            children.forEach(child -> child.addPositiveClauses(into));
        }
    }

    public enum Operator {
        /** Every member must match; an excluded member must not. */
        ALL,
        /** At least one member must match (an excluded member matches every article it does not). */
        ANY
    }
}
