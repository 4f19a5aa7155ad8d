package io.sinoscope.query.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.repository.InsightRepository.FactRecord;
import io.sinoscope.query.search.TermVariants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A stored tariff change, export control or sanction read as one measure: who imposes it on whom, on what, the rates
 * and its status and effective date, with the goods also in the normalised script so that two outlets' 晶片 and 芯片
 * compare equal. The one reading of the facts' attributes for the story comparison and the timeline.
 */
@ApplicationScoped
public class TradeMeasures {

    /** The fact kinds that are trade measures. */
    public static final List<String> KINDS = List.of("tariff_change", "export_control", "sanction");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    TermVariants variants;

    /**
     * @param imposer  the imposing country's canonical name, as stored
     * @param target   the affected country's canonical name or "all"; without one, the listed firms or persons joined
     *                 by "、"
     * @param goods    the goods as the report writes them
     * @param product  the goods in the normalised script, or null
     * @param from     the rate before a tariff change
     * @param to       the rate after it
     * @param status   announced, threatened, in_force, suspended or lifted
     * @param effectiveDate yyyy-MM-dd, or null
     */
    public record Measure(FactRecord fact, String imposer, String target, String goods, String product, Double from,
                          Double to, String status, String effectiveDate) {
    }

    public Measure read(FactRecord fact) {
        Map<String, Object> attributes = attributes(fact.attributesJson());
        String goods = text(attributes.get("goods"));
        return new Measure(fact, text(attributes.get("imposing_country")), target(attributes), goods,
                goods == null ? null : normalised(goods), number(attributes.get("from")), number(attributes.get("to")),
                text(attributes.get("status")), date(text(attributes.get("effective_date"))));
    }

    /** The goods (or any product text) in the normalised script, as the index and the clusterer read text. */
    public String normalised(String product) {
        String first = variants.forms(product.strip()).stream().findFirst().orElse(product.strip());
        return first.isBlank() ? product.strip() : first;
    }

    private static String target(Map<String, Object> attributes) {
        String country = text(attributes.get("affected_country"));
        if (country != null) {
            return country;
        }
        Object listed = attributes.get("affected_entities");
        if (listed instanceof Collection<?> names && !names.isEmpty()) {
            return String.join("、", names.stream().map(String::valueOf).sorted().toList());
        }
        return null;
    }

    private static Map<String, Object> attributes(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, Object> read = MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
            return read == null ? Map.of() : read;
        } catch (Exception e) {
            // Facts of other kinds may hold an array or a scalar; a measure without readable attributes names nothing.
            return Map.of();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** yyyy-MM-dd (a longer value cut to its day); anything else is no date. */
    private static String date(String value) {
        return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : null;
    }
}
