package io.sinoscope.query.service;

import java.util.List;

/**
 * What a watch waits for and where it is delivered, as a client writes it (the body of POST and PUT
 * /api/v1/watches). Every part given must hold of an article: the saved search, one of the entities, one of the fact
 * conditions.
 *
 * @param q              a search in the query language of /api/v1/search; source, region, topic and entity narrow
 *                       it as the search's parameters do (they need q)
 * @param entityIds      the article must mention one of these (an id, or any name of it in any script)
 * @param factConditions one fact of the article must satisfy one of these
 * @param webhookUrl     where notices are POSTed (http or https); null: they are only logged and streamed
 * @param secret         signs the deliveries; generated when absent, shown once at creation, kept on update
 * @param digest         none (the default) or daily: the day's notices as one delivery, the next day at digestTime
 * @param digestTime     the local time (HH:mm, default 08:00) the digest of the day before is sent
 * @param digestZone     the IANA zone of digestTime and of the digest's days; default
 *                       sinoscope.query.default-time-zone (Asia/Shanghai)
 */
public record WatchSpec(String name, String q, String source, String region, String topic, String entity,
                        List<String> entityIds, List<FactConditionSpec> factConditions, String webhookUrl,
                        String secret, String digest, String digestTime, String digestZone) {

    /**
     * A fact the watch waits for: every part given must hold of one fact.
     *
     * @param kind      money, percent, tariff_change, export_control, sanction, quantity, date, ...
     * @param imposer   who imposes a trade measure (any name or id)
     * @param target    whom a trade measure is imposed on (any name or id)
     * @param party     imposer or target of the fact; for a fact without parties (a money amount), an entity the
     *                  article mentions
     * @param minAmount the fact's value is at least this, in base units (1e9 for 10亿)
     * @param currency  ISO currency code of a money fact (USD, CNY, ...)
     */
    public record FactConditionSpec(String kind, String imposer, String target, String party, Double minAmount,
                                    String currency) {
    }
}
