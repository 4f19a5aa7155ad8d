package io.sinoscope.support.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Administrative jobs recorded in the service's PostgreSQL, so that every replica sees them: at most one RUNNING job
 * of a kind at a time (a partial unique index decides, not a check-then-insert), and a job's last state outlives the
 * replica that ran it. A running job renews its lease every third of {@code lease}; a job whose replica died stops
 * renewing, and once its lease has expired it no longer blocks: the next start marks it FAILED and takes its place.
 *
 * <p>The table (Flyway migrations of each service): {@code id, kind, state, parameters (JSON), total, done, counts
 * (JSON), owner, started_at, finished_at, lease_until, error}, with a unique index on {@code kind} where
 * {@code state = 'RUNNING'}. {@code counts} holds every counter of the job by name, so a replica that did not run it
 * shows it as the one that did; {@code done} is its first counter, the progress a 409 quotes.
 *
 * <p>A kind is a job type ({@code republish}), or a type narrowed to a scope after {@code @}
 * ({@code reindex@<replica>}: the rebuild of one replica's own index, exclusive on that replica only).
 *
 * <p>A plain class, not a bean: only services with a database create one, over their own table.
 */
public final class JobLedger implements AutoCloseable {

    /**
     * A job as recorded; {@code state} RUNNING, SUCCEEDED or FAILED.
     *
     * @param counts the job's counters by name; a row written before counters were recorded has only {@code done}
     */
    public record Entry(String id, String kind, String state, Map<String, String> parameters, long total, long done,
            Map<String, Long> counts, String owner, Instant startedAt, Instant finishedAt, Instant leaseUntil,
            String error) {

        /** The job type: the kind without its scope. */
        public String type() {
            return JobLedger.type(kind);
        }

        /** Progress as a person reads it in a 409: "1200 of 5000", "1200 so far". */
        public String progress() {
            return total >= 0 ? done + " of " + total : done + " so far";
        }
    }

    /**
     * Progress of a running job, sampled at each renewal.
     *
     * @param counts every counter of the job by name, in the job's order; the first is its progress ({@code done})
     */
    public record Progress(long total, Map<String, Long> counts) {

        long done() {
            return counts.values().stream().findFirst().orElse(0L);
        }
    }

    private static final Logger LOG = Logger.getLogger(JobLedger.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNNING = "RUNNING";

    private final Pool pool;
    private final String table;
    private final Duration lease;
    private final String owner;
    private final ScheduledExecutorService renewals;

    /**
     * @param table the job table, schema-qualified (e.g. {@code ingest.job}); a constant, never user input
     * @param lease how long a running job counts as alive without a renewal
     * @param owner this replica's name (pod name and pid), shown in a 409 and in the job
     */
    public JobLedger(Pool pool, String table, Duration lease, String owner) {
        this.pool = pool;
        this.table = table;
        this.lease = lease;
        this.owner = owner;
        this.renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "job-lease-renewal");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** This replica's name: the pod name in Kubernetes ({@code HOSTNAME}), else the host, with the process id. */
    public static String replicaName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown-host";
            }
        }
        return host + "/" + ProcessHandle.current().pid();
    }

    /** The job type of a kind: {@code reindex@<replica>} is a {@code reindex}. */
    public static String type(String kind) {
        int scope = kind.indexOf('@');
        return scope < 0 ? kind : kind.substring(0, scope);
    }

    /**
     * Records {@code id} as the RUNNING job of {@code kind}, after retiring a RUNNING one whose lease expired.
     *
     * @param counters the names of the job's counters, recorded at 0 until the first renewal
     * @throws ProblemException 409 naming the job that runs (id, kind, owner, start, progress)
     */
    public Uni<Entry> claim(String kind, String id, Map<String, String> parameters, List<String> counters) {
        Map<String, Long> zero = new LinkedHashMap<>();
        counters.forEach(name -> zero.put(name, 0L));
        return retireExpired(kind).chain(() -> insert(kind, id, parameters, zero)).chain(inserted -> {
            if (inserted.isPresent()) {
                return Uni.createFrom().item(inserted.get());
            }
            return running(kind).map(other -> {
                throw other.map(JobLedger::conflict).orElseGet(() -> ProblemException.conflict("a " + kind
                        + " job was running a moment ago and has just finished; start again"));
            });
        });
    }

    /** Renews the lease of a running job every third of the lease, with its progress, until the handle is closed. */
    public AutoCloseable keepAlive(String id, Supplier<Progress> progress) {
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> task = renewals.scheduleAtFixedRate(() -> {
            try {
                Progress now = progress.get();
                renew(id, now).await().atMost(lease);
            } catch (RuntimeException e) {
                LOG.warnf("could not renew the lease of job %s: %s", id, e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    public Uni<Void> renew(String id, Progress progress) {
        return pool.preparedQuery("update " + table + " set lease_until = $2, total = $3, done = $4, counts = $5 "
                        + "where id = $1 and state = 'RUNNING'")
                .execute(Tuple.of(id, at(Instant.now().plus(lease)), progress.total(), progress.done(),
                        json(progress.counts())))
                .replaceWithVoid();
    }

    /** Records the job's end: SUCCEEDED, or FAILED with {@code error}. */
    public Uni<Void> finish(String id, Progress progress, String error) {
        return pool.preparedQuery("update " + table + " set state = $2, finished_at = $3, total = $4, done = $5, "
                        + "counts = $6, error = $7 where id = $1")
                .execute(Tuple.from(new Object[] {id, error == null ? "SUCCEEDED" : "FAILED", at(Instant.now()),
                        progress.total(), progress.done(), json(progress.counts()), error}))
                .replaceWithVoid();
    }

    /**
     * The job as recorded. A RUNNING job whose lease expired is shown as FAILED: its replica stopped renewing it.
     */
    public Uni<Optional<Entry>> find(String id) {
        return pool.preparedQuery("select * from " + table + " where id = $1").execute(Tuple.of(id))
                .map(rows -> first(rows).map(JobLedger::asSeenNow));
    }

    /** The most recently started job of a kind, as {@link #find} shows it, if any was ever started. */
    public Uni<Optional<Entry>> latest(String kind) {
        return pool.preparedQuery("select * from " + table + " where kind = $1 order by started_at desc limit 1")
                .execute(Tuple.of(kind)).map(rows -> first(rows).map(JobLedger::asSeenNow));
    }

    /** The RUNNING job of a kind, if any (expired or not). */
    public Uni<Optional<Entry>> running(String kind) {
        return pool.preparedQuery("select * from " + table + " where kind = $1 and state = 'RUNNING'")
                .execute(Tuple.of(kind)).map(JobLedger::first);
    }

    @Override
    public void close() {
        renewals.shutdownNow();
    }

    private Uni<Void> retireExpired(String kind) {
        return pool.preparedQuery("update " + table + " set state = 'FAILED', finished_at = $2, error = 'abandoned: "
                        + "its replica (' || owner || ') stopped renewing the lease, which expired at ' || "
                        + "lease_until where kind = $1 and state = 'RUNNING' and lease_until < $2")
                .execute(Tuple.of(kind, at(Instant.now())))
                .invoke(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.warnf("a %s job whose replica stopped renewing its lease was marked FAILED", kind);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Optional<Entry>> insert(String kind, String id, Map<String, String> parameters,
            Map<String, Long> counts) {
        Instant now = Instant.now();
        return pool.preparedQuery("insert into " + table + " (id, kind, state, parameters, total, done, counts, "
                        + "owner, started_at, lease_until) values ($1, $2, 'RUNNING', $3, -1, 0, $4, $5, $6, $7) "
                        + "on conflict (kind) where state = 'RUNNING' do nothing returning *")
                .execute(Tuple.from(new Object[] {id, kind, json(parameters), json(counts), owner, at(now),
                        at(now.plus(lease))}))
                .map(JobLedger::first);
    }

    private static ProblemException conflict(Entry running) {
        return ProblemException.conflict("a " + running.kind() + " job is already running: id " + running.id()
                + ", started at " + running.startedAt() + " on " + running.owner() + ", progress " + running.progress()
                + ". Follow it at GET /api/v1/admin/jobs/" + running.id() + " and start another once it has finished");
    }

    private static Entry asSeenNow(Entry entry) {
        if (!RUNNING.equals(entry.state()) || entry.leaseUntil() == null || entry.leaseUntil().isAfter(Instant.now())) {
            return entry;
        }
        return new Entry(entry.id(), entry.kind(), "FAILED", entry.parameters(), entry.total(), entry.done(),
                entry.counts(), entry.owner(), entry.startedAt(), entry.finishedAt(), entry.leaseUntil(),
                "abandoned: its replica (" + entry.owner() + ") stopped renewing the lease, which expired at "
                        + entry.leaseUntil());
    }

    private static Optional<Entry> first(RowSet<Row> rows) {
        var it = rows.iterator();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Row row = it.next();
        long done = row.getLong("done");
        return Optional.of(new Entry(row.getString("id"), row.getString("kind"), row.getString("state"),
                parameters(row.getString("parameters")), row.getLong("total"), done,
                counts(row.getString("counts"), done), row.getString("owner"),
                instant(row.getOffsetDateTime("started_at")),
                instant(row.getOffsetDateTime("finished_at")), instant(row.getOffsetDateTime("lease_until")),
                row.getString("error")));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String json(Map<String, ?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("job parameters are strings and counts numbers", e);
        }
    }

    /** The recorded counters in their order; a row without them (older version, or none yet) shows done alone. */
    private static Map<String, Long> counts(String json, long done) {
        try {
            if (json != null) {
                Map<String, Long> counts = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() { });
                if (!counts.isEmpty()) {
                    return Collections.unmodifiableMap(counts);
                }
            }
        } catch (JsonProcessingException e) {
            LOG.debugf("unreadable job counts %s", json);
        }
        return Map.of("done", done);
    }

    private static Map<String, String> parameters(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
