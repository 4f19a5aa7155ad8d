package io.sinoscope.query.search;

/** How many matching articles have this value of a facet field. */
public record ValueCount(String value, long count) {
}
