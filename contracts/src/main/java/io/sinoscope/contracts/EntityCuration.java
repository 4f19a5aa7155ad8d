package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * An analyst's correction of entity linking, as query-service records it and publishes it on {@code entities.curated}
 * (compacted, keyed by {@code sequence}; a null value withdraws the override of that key). Applied after linking, to
 * new articles by nlp-service and query-service and to stored ones by query-service's curation job.
 *
 * <ul>
 *   <li>{@link #MERGE}: {@code other*} is merged into {@code entity*}, which survives; the other id resolves to it,
 *   and so do {@code aliasForms}, the names stored articles wrote the merged entity as (outside the gazetteer).</li>
 *   <li>{@link #SPLIT_ALIAS}: mentions of {@code entity*} written as one of {@code aliasForms} belong to
 *   {@code other*} (a new or an existing entity), and the alias links to it.</li>
 *   <li>{@link #ADD_ALIAS}: {@code aliasForms} name {@code entity*}: an unlinked name written so, or the text itself,
 *   links to it.</li>
 *   <li>{@link #REJECT_MENTION}: in article {@code articleId}, {@code alias} is not a mention of {@code entity*}
 *   (every occurrence of that surface linked to it in that article: one article uses one word one way).</li>
 * </ul>
 *
 * @param sequence   the override's number, increasing in the order they were recorded: later ones win
 * @param aliasForms the alias as typed and its Simplified, Taiwan and Hong Kong forms, compared with mention surfaces
 *                   and searched in text as they are
 * @param start      REJECT_MENTION: where the analyst pointed, {@code [start, end)} in the article's original text
 * @param actor      the API key's client id that recorded it (never the key)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityCuration(int schemaVersion, long sequence, String kind, String entityId, String entityName,
                             String entityType, String otherEntityId, String otherName, String otherType, String alias,
                             List<String> aliasForms, String articleId, Integer start, Integer end, String reason,
                             String actor, Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String MERGE = "MERGE";
    public static final String SPLIT_ALIAS = "SPLIT_ALIAS";
    public static final String ADD_ALIAS = "ADD_ALIAS";
    public static final String REJECT_MENTION = "REJECT_MENTION";

    public EntityCuration {
        aliasForms = aliasForms == null ? List.of() : List.copyOf(aliasForms);
    }
}
