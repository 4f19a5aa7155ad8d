package io.sinoscope.query.service;

import io.sinoscope.query.config.StoryComparisonConfig;
import io.sinoscope.query.repository.InsightRepository.FactRecord;
import io.sinoscope.query.repository.StoryRepository;
import io.sinoscope.query.repository.StoryRepository.MemberRecord;
import io.sinoscope.query.repository.StoryRepository.MemberText;
import io.sinoscope.query.search.ArticleWords;
import io.sinoscope.query.search.WordStatistics;
import io.sinoscope.query.story.comparison.ComparisonInput;
import io.sinoscope.query.story.comparison.ComparisonInput.Background;
import io.sinoscope.query.story.comparison.ComparisonInput.Measure;
import io.sinoscope.query.story.comparison.ComparisonInput.Mention;
import io.sinoscope.query.story.comparison.ComparisonInput.Report;
import io.sinoscope.query.story.comparison.StoryComparator;
import io.sinoscope.query.story.comparison.StoryComparison;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads what the cross-strait comparison of a story reads (its reports' normalised text, their linked mentions and
 * trade measures, and the corpus's document frequencies of the story's words from the search index) and hands it to
 * the pure {@link StoryComparator}. Segmenting the reports and asking the index block, so they run on a worker thread.
 */
@ApplicationScoped
public class StoryComparisons {

    @Inject
    StoryRepository stories;
    @Inject
    WordStatistics corpus;
    @Inject
    TradeMeasures tradeMeasures;
    @Inject
    StoryComparisonConfig config;

    /** The comparison of the story whose members and trade-measure facts the caller has read already. */
    public Uni<StoryComparison> of(String storyId, List<MemberRecord> members, List<FactRecord> facts) {
        return stories.memberTexts(storyId).chain(texts -> stories.memberMentions(storyId).chain(mentions ->
                Uni.createFrom().item(() -> compare(members, texts, mentions, facts))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())));
    }

    private StoryComparison compare(List<MemberRecord> members, List<MemberText> texts,
            List<StoryRepository.MemberMention> mentions, List<FactRecord> facts) {
        Map<String, MemberText> textOf = new HashMap<>();
        texts.forEach(t -> textOf.put(t.articleId(), t));
        List<Report> reports = new ArrayList<>();
        for (MemberRecord m : members) {
            MemberText text = textOf.get(m.articleId());
            List<String> words = new ArrayList<>();
            if (text != null) {
                words.addAll(ArticleWords.split(text.normalizedTitle()));
                words.addAll(ArticleWords.split(text.normalizedText()));
            }
            reports.add(new Report(m.articleId(), m.region(), m.source(), m.publishedAt(), words));
        }
        Set<String> terms = StoryComparator.terms(reports);
        WordStatistics.WordCounts counts = corpus.documentFrequencies(terms);
        List<Mention> linked = mentions.stream().map(x -> new Mention(x.articleId(), x.entityId(), x.entityName(),
                x.entityType(), x.surface())).toList();
        List<Measure> measures = facts.stream().map(tradeMeasures::read).map(StoryComparisons::measure).toList();
        return new StoryComparator(config.settings()).compare(new ComparisonInput(reports, linked, measures,
                new Background(counts.documents(), counts.frequencies())));
    }

    private static Measure measure(TradeMeasures.Measure m) {
        FactRecord f = m.fact();
        return new Measure(f.id(), f.articleId(), f.kind(), m.imposer(), m.target(), m.product(), m.from(), m.to(),
                f.value(), f.unit(), m.status(), m.effectiveDate(), f.text());
    }
}
