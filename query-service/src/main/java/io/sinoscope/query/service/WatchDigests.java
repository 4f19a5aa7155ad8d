package io.sinoscope.query.service;

import io.sinoscope.query.config.WatchConfig;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.repository.WatchRepository.DayNotice;
import io.sinoscope.query.repository.WatchRow;
import io.sinoscope.query.service.WatchViews.Digest;
import io.sinoscope.query.service.WatchViews.DigestEntry;
import io.sinoscope.support.time.PublicationZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A watch's digest of one day: the match, update and retraction notices written that day in a zone (from its
 * start, inclusive, to the next day's start, exclusive: 23 or 25 hours on a day clocks change), oldest first, each with
 * its article as stored and how its delivery went. What {@code GET /api/v1/watches/{id}/digest} lists and what a daily
 * digest delivers. Blocking.
 */
@ApplicationScoped
public class WatchDigests {

    @Inject
    WatchRepository repository;

    private final int maxNotices;
    private final ZoneId defaultZone;

    @Inject
    public WatchDigests(WatchConfig config,
            @ConfigProperty(name = "sinoscope.query.default-time-zone") ZoneId defaultZone) {
        this.maxNotices = config.digest().maxNotices();
        this.defaultZone = defaultZone;
    }

    /** The zone of the watch's digests: its own, else {@code sinoscope.query.default-time-zone}. */
    public ZoneId zone(WatchRow watch) {
        return watch.digestZone() != null ? ZoneId.of(watch.digestZone()) : defaultZone;
    }

    /** The digest of {@code day} in {@code zone}: at most sinoscope.watch.digest.max-notices notices. */
    public Digest of(WatchRow watch, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<DayNotice> notices = Blocking.await(() -> repository.dayNotices(watch.id(), from, to, maxNotices + 1));
        boolean truncated = notices.size() > maxNotices;
        List<DigestEntry> entries = notices.stream().limit(maxNotices).map(n -> new DigestEntry(n.articleId(),
                n.articleVersion(), n.title(), n.url(), n.outlet(), n.region(), n.publishedAt(),
                PublicationZone.iso(n.publishedAt(), n.region()), n.kind(), n.status(), n.noticedAt())).toList();
        return new Digest(watch.id(), watch.name(), day.toString(), zone.getId(), from, to, entries.size(), truncated,
                entries);
    }
}
