package io.sinoscope.query.service;

import io.sinoscope.query.service.WatchSpec.FactConditionSpec;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.rest.TimeParam;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link WatchSpec} and returns it tidied (blanks as null, region and currency upper case, kind lower case);
 * anything unusable is a 400 problem whose detail starts with the field's name. The query's syntax is the resource's
 * to check, with the search's own messages.
 */
final class WatchValidation {

    static final int MAX_NAME = 200;
    static final int MAX_URL = 2000;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    static final int MAX_ENTITIES = 50;
    static final int MAX_FACTS = 20;
    static final Set<String> REGIONS = Set.of("CN", "HK", "TW", "OTHER");
    private static final Pattern KIND = Pattern.compile("[a-z_]{1,40}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final String NO_DIGEST = "none";
    static final String DAILY = "daily";
    private static final Set<String> DIGESTS = Set.of(NO_DIGEST, DAILY);
    static final String DEFAULT_DIGEST_TIME = "08:00";
    static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private WatchValidation() {
    }

    static WatchSpec checked(WatchSpec spec) {
        if (spec == null) {
            throw ProblemException.badRequest("A JSON body is required: {\"name\": ..., \"q\": ...} (see README "
                    + "\"Watches\")");
        }
        String name = blankToNull(spec.name());
        if (name == null) {
            throw ProblemException.badRequest("name is required: a few words saying what the watch is for");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw ProblemException.badRequest("name is longer than " + MAX_NAME + " characters");
        }
        String q = blankToNull(spec.q());
        String region = upper(spec.region());
        if (region != null && !REGIONS.contains(region)) {
            throw ProblemException.badRequest("region must be CN, HK, TW or OTHER, was " + spec.region());
        }
        String source = blankToNull(spec.source());
        String topic = blankToNull(spec.topic());
        String entity = blankToNull(spec.entity());
        if (q == null && (source != null || region != null || topic != null || entity != null)) {
            throw ProblemException.badRequest("q is required with source, region, topic or entity: they narrow a "
                    + "search as on /api/v1/search; to follow an entity alone, use entityIds");
        }
        List<String> entityIds = entityIds(spec.entityIds());
        List<FactConditionSpec> facts = facts(spec.factConditions());
        if (q == null && entityIds.isEmpty() && facts.isEmpty()) {
            throw ProblemException.badRequest("q, entityIds or factConditions is required: a watch needs something "
                    + "to wait for (a search, entities, or facts such as {\"kind\": \"tariff_change\", \"target\": "
                    + "\"India\"})");
        }
        String url = blankToNull(spec.webhookUrl());
        if (url != null && url.length() > MAX_URL) {
            throw ProblemException.badRequest("webhookUrl is longer than " + MAX_URL + " characters");
        }
        String secret = spec.secret();
        if (secret != null && (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET || secret.isBlank())) {
            throw ProblemException.badRequest("secret must be " + MIN_SECRET + " to " + MAX_SECRET + " characters; "
                    + "leave it out and one is generated and returned once");
        }
        String digest = blankToNull(spec.digest()) == null ? NO_DIGEST
                : spec.digest().strip().toLowerCase(Locale.ROOT);
        if (!DIGESTS.contains(digest)) {
            throw ProblemException.badRequest("digest must be none or daily (the day's notices as one delivery, the "
                    + "next day at digestTime), was " + spec.digest());
        }
        return new WatchSpec(name, q, source, region, topic, entity, entityIds, facts, url, secret, digest,
                digestTime(spec.digestTime()), digestZone(spec.digestZone()));
    }

    /** HH:mm, the default when absent; seconds are not kept (the digest is sent in the minute). */
    private static String digestTime(String given) {
        String value = blankToNull(given);
        if (value == null) {
            return DEFAULT_DIGEST_TIME;
        }
        try {
            return LocalTime.parse(value).truncatedTo(ChronoUnit.MINUTES).format(HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("digestTime must be a local time of day such as 08:00 or 17:30, was "
                    + given);
        }
    }

    /** An IANA zone id as TimeParam reads the API's tz parameters; null (the default zone) when absent. */
    private static String digestZone(String given) {
        ZoneId zone = TimeParam.zone("digestZone", given, null);
        return zone == null ? null : zone.getId();
    }

    private static List<String> entityIds(List<String> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_ENTITIES) {
            throw ProblemException.badRequest("entityIds has " + given.size() + " entries; the limit is "
                    + MAX_ENTITIES + ": split the watch");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String id = blankToNull(given.get(i));
            if (id == null) {
                throw ProblemException.badRequest("entityIds[" + i + "] is empty: give an entity id (e.g. Q22686) "
                        + "or a name");
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<FactConditionSpec> facts(List<FactConditionSpec> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_FACTS) {
            throw ProblemException.badRequest("factConditions has " + given.size() + " entries; the limit is "
                    + MAX_FACTS);
        }
        List<FactConditionSpec> facts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            facts.add(fact(given.get(i), "factConditions[" + i + "]"));
        }
        return facts;
    }

    private static FactConditionSpec fact(FactConditionSpec f, String field) {
        if (f == null) {
            throw ProblemException.badRequest(field + " is null: give an object such as {\"kind\": \"money\", "
                    + "\"minAmount\": 1e9, \"currency\": \"USD\"}");
        }
        String kind = blankToNull(f.kind()) == null ? null : f.kind().strip().toLowerCase(Locale.ROOT);
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw ProblemException.badRequest(field + ".kind must be a fact kind such as money, tariff_change, "
                    + "export_control or sanction, was " + f.kind());
        }
        String currency = upper(f.currency());
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw ProblemException.badRequest(field + ".currency must be a three-letter ISO code such as USD or "
                    + "CNY, was " + f.currency());
        }
        Double min = f.minAmount();
        if (min != null && (min.isNaN() || min.isInfinite() || min < 0)) {
            throw ProblemException.badRequest(field + ".minAmount must be a number of 0 or more (base units: 1e9 "
                    + "for 10亿), was " + min);
        }
        FactConditionSpec tidy = new FactConditionSpec(kind, blankToNull(f.imposer()), blankToNull(f.target()),
                blankToNull(f.party()), min, currency);
        if (tidy.equals(new FactConditionSpec(null, null, null, null, null, null))) {
            throw ProblemException.badRequest(field + " names nothing: give at least one of kind, imposer, target, "
                    + "party, minAmount, currency");
        }
        return tidy;
    }

    private static String upper(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
