package io.sinoscope.query.search;

/**
 * One unit of a search query as the user wrote it.
 *
 * @param text     the term or phrase, without quotes or the leading minus
 * @param quoted   written in quotes: kept as one phrase, spaces included
 * @param excluded written with a leading minus: articles matching it are left out
 */
public record QueryClause(String text, boolean quoted, boolean excluded) {
}
