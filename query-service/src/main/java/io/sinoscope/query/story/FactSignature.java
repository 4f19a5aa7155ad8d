package io.sinoscope.query.story;

import java.util.Objects;

/**
 * What identifies one reported measure, normalised so that two outlets' reports of it compare equal: the kind, who
 * imposes it on whom, on what, and the numbers. Any part may be null when the article does not say it.
 *
 * @param kind     the fact kind (tariff_change, export_control, sanction, money, ...)
 * @param imposer  canonical name of the imposing country, lower case
 * @param target   canonical name of the affected country (or "all"), lower case
 * @param product  the goods (or, for a sanction without goods, the listed names) in the normalised script
 * @param from     the rate before a tariff change, as stated
 * @param to       the rate after it
 * @param value    the fact's normalised value (money, quantities)
 * @param currency the value's currency
 */
public record FactSignature(String kind, String imposer, String target, String product, Double from, Double to,
        Double value, String currency) {

    /** Tariffs, export controls and sanctions: facts that name one decision of one government. */
    public boolean isTradeMeasure() {
        return "tariff_change".equals(kind) || "export_control".equals(kind) || "sanction".equals(kind);
    }

    /** Neither the imposer nor the target nor the product is known: nothing to tell two such measures apart by. */
    public boolean isAnonymous() {
        return imposer == null && target == null && product == null;
    }

    /**
     * How two trade measures relate: the same measure, one that cannot be the same (same parties, other goods or
     * another rate), one of the same kind that neither side states enough to tell apart (one names the goods, the other
     * only its parties), or none (different kinds or parties, or nothing stated).
     */
    public Relation relationTo(FactSignature other, double productOverlap) {
        if (!isTradeMeasure() || !kind.equals(other.kind) || isAnonymous() || other.isAnonymous()) {
            return Relation.UNRELATED;
        }
        if (differs(imposer, other.imposer) || differs(target, other.target)) {
            return Relation.UNRELATED;
        }
        boolean sameParties = Objects.equals(imposer, other.imposer) && imposer != null;
        Boolean sameProduct = product == null || other.product == null ? null
                : ProductNames.same(product, other.product, productOverlap);
        if (Boolean.FALSE.equals(sameProduct)) {
            return sameParties ? Relation.DISTINCT : Relation.UNRELATED;
        }
        if (to != null && other.to != null && Math.abs(to - other.to) > 1e-9) {
            return sameParties || Boolean.TRUE.equals(sameProduct) ? Relation.DISTINCT : Relation.UNRELATED;
        }
        if (Boolean.TRUE.equals(sameProduct) || (sameParties && to != null && other.to != null)) {
            return Relation.SAME;
        }
        return sameProduct == null ? Relation.UNDETERMINED : Relation.UNRELATED;
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** How an article's trade measure relates to a story's. */
    public enum Relation { SAME, DISTINCT, UNDETERMINED, UNRELATED }
}
