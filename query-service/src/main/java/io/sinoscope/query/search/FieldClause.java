package io.sinoscope.query.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A {@code field:value} filter of a search query: {@code source:}, {@code region:}, {@code topic:} or {@code entity:}.
 * It narrows the matches like the search's filter parameters and adds nothing to the score.
 *
 * @param field    which exact field
 * @param values   the indexed values any of which matches: the value as written (region upper-cased) until the
 *                 service resolves an entity's name to its ids
 * @param excluded written with a leading minus
 */
public record FieldClause(Field field, List<String> values, boolean excluded) implements QueryNode {

    public FieldClause {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a field clause needs a value");
        }
    }

    @Override
    public FieldClause withExcluded(boolean excluded) {
        return new FieldClause(field, values, excluded);
    }

    @Override
    public int terms() {
        return 1;
    }

    @Override
    public QueryNode mapFields(UnaryOperator<FieldClause> resolve) {
        return resolve.apply(this);
    }

    @Override
    public void addPositiveClauses(List<QueryClause> into) {
        // A filter, not text: nothing to score or highlight.
    }

    /** The same filter matching any of these values instead. */
    public FieldClause withValues(List<String> resolved) {
        return new FieldClause(field, resolved, excluded);
    }

    /** The fields a query may name, each an exact keyword field of the index. */
    public enum Field {
        SOURCE(IndexFields.SOURCE), REGION(IndexFields.REGION), TOPIC(IndexFields.TOPIC), ENTITY(IndexFields.ENTITY);

        private final String indexField;

        Field(String indexField) {
            this.indexField = indexField;
        }

        public String indexField() {
            return indexField;
        }

        /** The name written before the colon. */
        public String queryName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The value as indexed: region codes are upper case (tw → TW), the rest exact. */
        public String indexed(String value) {
            return this == REGION ? value.toUpperCase(Locale.ROOT) : value;
        }

        /** The field a query names, case-insensitively; empty for any other word before a colon. */
        public static Optional<Field> named(String name) {
            for (Field field : values()) {
                if (field.queryName().equalsIgnoreCase(name)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }
}
