package io.sinoscope.query.watch;

import io.sinoscope.contracts.ExtractedFact;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fact a watch waits for, compiled: every part given must hold of one fact of the article.
 *
 * @param kind        the fact's kind (money, tariff_change, ...), lower case; null for any
 * @param imposer     every name of the imposing party (trade measures store its canonical English name), folded;
 *                    null for any
 * @param target      every name of the party a measure is imposed on (its country, or a listed firm), folded; null
 *                    for any
 * @param partyIds    entity ids of a party the fact involves: imposer or target of a measure, or, for facts without
 *                    parties (a money amount), an entity the article mentions; null for any
 * @param partyNames  every name of that party, folded
 * @param minAmount   the fact's value must be at least this (base units: 1e9 for 10亿); null for any
 * @param currency    ISO code the fact's currency must be; null for any
 * @param description how the condition reads in a delivery's "matched because"
 */
public record FactCondition(String kind, Set<String> imposer, Set<String> target, Set<String> partyIds,
                            Set<String> partyNames, Double minAmount, String currency, String description) {

    public FactCondition {
        imposer = folded(imposer);
        target = folded(target);
        partyNames = folded(partyNames);
        partyIds = partyIds == null ? null : Set.copyOf(partyIds);
    }

    /** Whether {@code fact}, stated by an article mentioning {@code articleEntityIds}, satisfies this condition. */
    public boolean matches(ExtractedFact fact, Set<String> articleEntityIds) {
        if (kind != null && !kind.equalsIgnoreCase(fact.kind())) {
            return false;
        }
        if (minAmount != null && (fact.value() == null || fact.value() < minAmount)) {
            return false;
        }
        if (currency != null && !currency.equalsIgnoreCase(fact.currency())) {
            return false;
        }
        Set<String> imposers = names(attribute(fact, "imposing_country"));
        Set<String> targets = targets(fact);
        if (imposer != null && disjoint(imposer, imposers)) {
            return false;
        }
        if (target != null && disjoint(target, targets)) {
            return false;
        }
        if (partyIds != null) {
            boolean named = !disjoint(partyNames, imposers) || !disjoint(partyNames, targets);
            boolean hasParties = !imposers.isEmpty() || !targets.isEmpty();
            boolean mentioned = partyIds.stream().anyMatch(articleEntityIds::contains);
            return named || (!hasParties && mentioned);
        }
        return true;
    }

    private static Set<String> targets(ExtractedFact fact) {
        Set<String> targets = new java.util.HashSet<>(names(attribute(fact, "affected_country")));
        Object listed = fact.attributes() == null ? null : fact.attributes().get("affected_entities");
        if (listed instanceof Collection<?> names) {
            names.forEach(name -> targets.addAll(names(name)));
        }
        return targets;
    }

    private static Object attribute(ExtractedFact fact, String name) {
        return fact.attributes() == null ? null : fact.attributes().get(name);
    }

    private static Set<String> names(Object value) {
        if (value == null) {
            return Set.of();
        }
        String name = fold(String.valueOf(value));
        return name.isEmpty() ? Set.of() : Set.of(name);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return b.stream().noneMatch(a::contains);
    }

    private static Set<String> folded(Set<String> names) {
        return names == null ? null : names.stream().map(FactCondition::fold).filter(n -> !n.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
