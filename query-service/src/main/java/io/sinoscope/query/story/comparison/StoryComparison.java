package io.sinoscope.query.story.comparison;

import java.util.List;
import java.util.Map;

/**
 * How the regions' reports of one story compare (docs/stories.md#cross-strait-comparison). Every map is keyed by region
 * in the order CN, TW, HK, OTHER and holds only regions with reports.
 *
 * @param regions          the regions with reports
 * @param coverage         per region: reports, outlets, first and last report
 * @param entities         every linked entity: the regions that name it and those (with reports) that do not
 * @param naming           entities named in two or more regions, with each region's written forms
 * @param distinctiveTerms per region, the words its reports use more than the other regions' (weighted log-odds with an
 *                         informative Dirichlet prior from the corpus), highest z first; empty with a single region
 * @param measures         per region, the trade measures its reports state
 * @param disagreements    numbers (rates, values, effective dates) of one measure that differ between regions
 */
public record StoryComparison(List<String> regions, Map<String, RegionCoverage> coverage,
                              List<EntityCoverage> entities, List<EntityNaming> naming,
                              Map<String, List<DistinctiveTerm>> distinctiveTerms,
                              Map<String, List<ComparisonInput.Measure>> measures,
                              List<Disagreement> disagreements) {

    /**
     * @param firstReport publication time of the region's earliest report (ISO-8601; null when undated)
     * @param lastReport  of its latest
     */
    public record RegionCoverage(int articles, List<String> sources, String firstReport, String firstArticleId,
                                 String lastReport) {
    }

    /**
     * @param articlesByRegion reports naming it, per region
     * @param reportedBy       regions whose reports name it
     * @param omittedBy        regions with reports of the story none of which names it
     */
    public record EntityCoverage(String id, String name, String type, Map<String, Integer> articlesByRegion,
                                 List<String> reportedBy, List<String> omittedBy) {
    }

    /**
     * @param formsByRegion each region's written forms of the entity, the most frequent first
     * @param differs       whether the regions' sets of forms differ (川普 against 特朗普)
     */
    public record EntityNaming(String id, String name, String type, Map<String, List<Form>> formsByRegion,
                               boolean differs) {
    }

    /** A written form and how often the region's reports use it. */
    public record Form(String surface, int mentions) {
    }

    /**
     * @param count               occurrences in the region's reports
     * @param otherCount          occurrences in the other regions' reports
     * @param backgroundDocuments corpus articles holding it (the prior)
     * @param logOdds             the prior-smoothed log-odds ratio, region against the others (δ)
     * @param z                   δ over its standard deviation
     */
    public record DistinctiveTerm(String term, int count, int otherCount, long backgroundDocuments, double logOdds,
                                  double z) {
    }

    /**
     * One measure's attribute whose values differ between regions.
     *
     * @param attribute      from, to, value or effectiveDate
     * @param valuesByRegion the values each region's reports state (numbers written plainly: 20, 7.5)
     * @param articleIds     the reports stating them
     */
    public record Disagreement(String kind, String imposer, String target, String product, String attribute,
                               Map<String, List<String>> valuesByRegion, List<String> articleIds) {
    }
}
