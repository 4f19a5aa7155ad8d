package io.sinoscope.query.search;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One term or phrase of a search query as the user wrote it.
 *
 * @param text     the term or phrase, without quotes or the leading minus
 * @param quoted   written in quotes: kept as one phrase, spaces included
 * @param excluded written with a leading minus: articles matching it are left out
 */
public record QueryClause(String text, boolean quoted, boolean excluded) implements QueryNode {

    @Override
    public QueryClause withExcluded(boolean excluded) {
        return new QueryClause(text, quoted, excluded);
    }

    @Override
    public int terms() {
        return 1;
    }

    @Override
    public QueryNode mapFields(UnaryOperator<FieldClause> resolve) {
        return this;
    }

    @Override
    public void addPositiveClauses(List<QueryClause> into) {
        if (!excluded) {
            into.add(this);
        }
    }
}
