package io.sinoscope.query.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.sinoscope.contracts.CleaningReport;
import io.sinoscope.query.repository.ArticleGraph;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.ArticleRow;
import io.sinoscope.query.repository.EntityRow;
import io.sinoscope.query.repository.FactRow;
import io.sinoscope.query.repository.MentionRow;
import io.sinoscope.query.repository.StoryRepository;
import io.sinoscope.query.service.ArticleView.CleaningView;
import io.sinoscope.query.service.ArticleView.EntityView;
import io.sinoscope.query.service.ArticleView.FactView;
import io.sinoscope.query.service.ArticleView.MentionView;
import io.sinoscope.query.service.ArticleView.RemovalView;
import io.sinoscope.support.time.PublicationZone;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.TextAnalyzer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One stored article with everything analysis found in it, as readers see it. */
@ApplicationScoped
public class ArticleService {

    @Inject
    ArticleRepository repository;
    @Inject
    StoryRepository stories;
    @Inject
    TextAnalyzer analyzer;

    /** The article, or null when none is stored under {@code id}. */
    @WithSession
    public Uni<ArticleView> article(String id) {
        return repository.load(id).chain(graph -> graph == null ? Uni.createFrom().<ArticleView>nullItem()
                : stories.storyOf(id).map(storyId -> view(graph, storyId)));
    }

    private ArticleView view(ArticleGraph graph, String storyId) {
        ArticleRow a = graph.article();
        List<EntityView> entities = graph.entities().stream().map(e -> entity(e, graph.mentions())).toList();
        List<FactView> facts = graph.facts().stream().map(ArticleService::fact).toList();
        return new ArticleView(a.id, a.externalId, a.source, a.url, a.title, a.normalizedTitle, iso(a.publishedAt),
                PublicationZone.iso(a.publishedAt, a.region),
                a.text, a.normalizedText, a.script, a.region, a.regionConfidence, entities, facts,
                a.keywords == null ? List.of() : a.keywords, a.topics == null ? List.of() : a.topics, a.summary,
                a.contentHash, a.analyzerVersion, iso(a.enrichedAt), cleaning(a.cleaning), storyId);
    }

    private static CleaningView cleaning(CleaningReport report) {
        if (report == null) {
            return null;
        }
        List<RemovalView> removed = report.removed() == null ? List.of() : report.removed().stream()
                .filter(Objects::nonNull).map(r -> new RemovalView(r.kind(), r.text())).toList();
        return new CleaningView(report.charset(), report.charsetConfidence(), removed, report.cleanerVersion());
    }

    private EntityView entity(EntityRow entity, List<MentionRow> mentions) {
        List<MentionRow> own = mentions.stream().filter(m -> m.entityId.equals(entity.id)).toList();
        // The linker's own confidence says whether a link is only possible; mentions stored before confidences were
        // kept (V12) have none, and for them the analyzer tells a key-only join from the spellings.
        boolean possible = own.stream().allMatch(m -> m.confidence != null)
                ? LinkedEntity.possible(entity.id, own.stream().map(m -> m.confidence).toList())
                : analyzer.possibleLink(entity.id, own.stream().map(m -> m.surface).toList());
        return new EntityView(entity.id, entity.name, entity.type,
                own.stream().map(m -> new MentionView(m.surface, m.start, m.end)).toList(), possible);
    }

    private static FactView fact(FactRow f) {
        return new FactView(f.kind, f.text, f.value, f.unit, f.currency, f.date, f.start, f.end, f.attributes);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
