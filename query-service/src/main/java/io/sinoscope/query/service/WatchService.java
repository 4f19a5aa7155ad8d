package io.sinoscope.query.service;

import io.sinoscope.query.config.WatchConfig;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.repository.WatchRow;
import io.sinoscope.query.service.WatchViews.Created;
import io.sinoscope.query.service.WatchViews.DeliveryView;
import io.sinoscope.query.service.WatchViews.WatchView;
import io.sinoscope.query.watch.CompiledWatch;
import io.sinoscope.query.watch.WatchRegistry;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.mutiny.Multi;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches: created, changed, paused and deleted by the API key that owns them (an admin key reaches all); each change
 * is stored, then compiled into this replica's {@link WatchRegistry} (other replicas pick it up at their next refresh,
 * {@link ActiveWatches}). A watch of another key is a 404, as if it did not exist. Blocking.
 */
@ApplicationScoped
public class WatchService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Most notices one read of a stream sends. */
    static final int STREAM_BATCH = 100;

    @Inject
    WatchRepository repository;
    @Inject
    WatchRegistry registry;
    @Inject
    WatchCompiler compiler;
    @Inject
    WatchConfig config;
    @Inject
    WebhookTargets targets;
    @Inject
    WebhookRelay relay;
    @Inject
    WatchDigests digests;

    /**
     * Who is asking.
     *
     * @param owner the API key's client id
     * @param admin whether the key is an admin key, which reaches every watch
     */
    public record Caller(String owner, boolean admin) {
    }

    public Created create(WatchSpec given, Caller caller) {
        WatchSpec spec = checked(given);
        int owned = Blocking.await(() -> repository.list(caller.owner())).size();
        if (owned >= config.maxPerKey()) {
            throw ProblemException.conflict("this key owns " + owned + " watches, the most one key may own "
                    + "(sinoscope.watch.max-per-key): delete some first");
        }
        String secret = spec.secret() != null ? spec.secret() : newSecret();
        WatchRow row = row(UUID.randomUUID().toString(), caller.owner(), spec, secret, false);
        // Into matching first: a search past the clause limit is refused before anything is stored.
        CompiledWatch compiled = compiler.compile(row);
        registry.put(compiled);
        WatchRow stored;
        try {
            stored = Blocking.await(() -> repository.insert(row));
        } catch (RuntimeException e) {
            registry.remove(row.id());
            throw e;
        }
        // Again once stored: a reload that read the store in between must not drop it (WatchRegistry#replaceAll).
        registry.put(compiled);
        return new Created(view(stored), secret);
    }

    public List<WatchView> list(Caller caller) {
        return Blocking.await(() -> repository.list(caller.admin() ? null : caller.owner())).stream()
                .map(this::view).toList();
    }

    public WatchView get(String id, Caller caller) {
        return view(visible(id, caller));
    }

    /** Replaces what the watch matches and where it goes; its secret, owner and pause stay. */
    public WatchView update(String id, WatchSpec given, Caller caller) {
        WatchSpec spec = checked(given);
        if (spec.secret() != null) {
            throw ProblemException.badRequest("secret cannot be changed: it was shown once at creation; create a "
                    + "new watch for a new secret, then delete this one");
        }
        WatchRow current = visible(id, caller);
        WatchRow changed = row(id, current.owner(), spec, current.secret(), current.paused());
        CompiledWatch compiled = compiler.compile(changed);
        if (!changed.paused()) {
            registry.put(compiled);
        }
        WatchRow stored = Blocking.await(() -> repository.update(changed));
        if (stored == null) {
            registry.remove(id);
            throw notFound(id);
        }
        if (stored.paused()) {
            registry.remove(id);
        } else {
            // Again once stored: a reload that read the old row in between must not bring it back.
            registry.put(compiled);
        }
        return view(stored);
    }

    public void delete(String id, Caller caller) {
        visible(id, caller);
        Blocking.await(() -> repository.delete(id));
        registry.remove(id);
    }

    /** A paused watch matches nothing until resumed; notices already due are still delivered. */
    public WatchView pause(String id, Caller caller) {
        visible(id, caller);
        WatchRow stored = Blocking.await(() -> repository.setPaused(id, true));
        registry.remove(id);
        return view(stored);
    }

    public WatchView resume(String id, Caller caller) {
        visible(id, caller);
        WatchRow stored = Blocking.await(() -> repository.setPaused(id, false));
        registry.put(compiler.compile(stored));
        return view(stored);
    }

    /** The watch's notices, newest first, {@code limit} of them before notice {@code before} (null: the newest). */
    public List<DeliveryView> deliveries(String id, Caller caller, Long before, int limit) {
        visible(id, caller);
        return Blocking.await(() -> repository.deliveries(id, before, limit)).stream().map(DeliveryView::of)
                .toList();
    }

    /** The watch's notices of {@code day} in {@code zone} (a digest of that day). */
    public WatchViews.Digest digest(String id, Caller caller, LocalDate day, ZoneId zone) {
        return digests.of(visible(id, caller), day, zone);
    }

    /**
     * Sends a signed test notice (kind ping) to the watch's webhook now, and returns how it went; like any notice it
     * is retried if the receiver fails, and listed in the delivery log.
     */
    public DeliveryView ping(String id, Caller caller) {
        WatchRow watch = visible(id, caller);
        if (watch.webhookUrl() == null) {
            throw ProblemException.conflict("watch " + id + " has no webhookUrl to ping: set one with PUT "
                    + "/api/v1/watches/" + id);
        }
        String pingId = "ping-" + UUID.randomUUID();
        var queued = Blocking.await(() -> repository.enqueuePing(id, pingId));
        var claimed = Blocking.await(() -> repository.claim(queued.id(), config.delivery().lease().toSeconds()));
        if (claimed != null) {
            relay.deliverNow(claimed);
        }
        return DeliveryView.of(Blocking.await(() -> repository.delivery(id, queued.id())));
    }

    /**
     * The watch's new notices as they are written, from now on: the outbox is read every {@code every} (on any
     * replica, whichever wrote them), at most {@link #STREAM_BATCH} per read.
     */
    public Multi<DeliveryView> stream(String id, Caller caller, Duration every) {
        visible(id, caller);
        AtomicLong last = new AtomicLong(Blocking.await(() -> repository.lastDeliveryId(id)));
        return Multi.createFrom().ticks().every(every).onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> repository.deliveriesAfter(id, last.get(),
                        STREAM_BATCH))
                .onItem().transformToIterable(rows -> {
                    rows.forEach(row -> last.accumulateAndGet(row.id(), Math::max));
                    return rows.stream().map(DeliveryView::of).toList();
                });
    }

    private WatchSpec checked(WatchSpec given) {
        WatchSpec spec = WatchValidation.checked(given);
        if (spec.webhookUrl() != null) {
            targets.checked(spec.webhookUrl());
        }
        return spec;
    }

    /** The stored watch, if the caller may see it. */
    WatchRow visible(String id, Caller caller) {
        WatchRow row = Blocking.await(() -> repository.find(id));
        if (row == null || !(caller.admin() || row.owner().equals(caller.owner()))) {
            throw notFound(id);
        }
        return row;
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No watch " + id + " among this key's watches: list them with GET "
                + "/api/v1/watches");
    }

    private WatchRow row(String id, String owner, WatchSpec spec, String secret, boolean paused) {
        return new WatchRow(id, owner, spec.name(), spec.q(), spec.source(), spec.region(), spec.topic(),
                spec.entity(), spec.entityIds(), compiler.factConditionsJson(spec.factConditions()), spec.webhookUrl(),
                secret, paused, null, null, spec.digest(), LocalTime.parse(spec.digestTime()), spec.digestZone());
    }

    private WatchView view(WatchRow row) {
        return new WatchView(row.id(), row.name(), row.q(), row.source(), row.region(), row.topic(), row.entity(),
                row.entityIds(), compiler.factConditions(row.factConditionsJson()), row.webhookUrl(), row.paused(),
                row.owner(), row.createdAt(), row.updatedAt(), row.digest(),
                row.digestTime().format(WatchValidation.HOURS_MINUTES), digests.zone(row).getId());
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
