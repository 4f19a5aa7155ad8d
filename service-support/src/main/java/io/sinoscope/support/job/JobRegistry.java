package io.sinoscope.support.job;

import io.sinoscope.support.problem.ProblemException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Runs administrative jobs in the background and keeps the last few for the job API
 * ({@code GET /api/v1/admin/jobs/{id}}). Jobs live in this instance's memory: a restart forgets the job, not the
 * work it already did, which every job here keeps idempotent or resumable. Exclusivity is per instance: a service
 * with a database records its jobs in a {@link JobLedger} instead, exclusive across replicas.
 *
 * <p>A plain class, not a bean: each service creates the registry its jobs share, so one service's job ids never
 * leak into another's API.
 */
public final class JobRegistry {

    /** The work of a job; it reports progress on the job it is given and throws to fail it. */
    @FunctionalInterface
    public interface Task {
        void run(Job job) throws Throwable;
    }

    private static final Logger LOG = Logger.getLogger(JobRegistry.class);

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(30);

    private final int keep;
    private final Executor executor;
    /** Insertion order: the oldest job is evicted first. Guarded by this. */
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * @param keep     jobs kept for the API, finished or not; the oldest finished one is forgotten first
     * @param executor where jobs run: a worker pool, never an event loop (jobs block)
     */
    public JobRegistry(int keep, Executor executor) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.keep = keep;
        this.executor = executor;
    }

    /**
     * Starts a job unless one of the same type is still running: two replays (or two rebuilds) at once would do
     * the same work twice and report confusing progress.
     *
     * @throws ProblemException 409 naming the running job
     */
    public synchronized Job startExclusive(String type, Map<String, String> parameters, List<String> counters,
            Task task) {
        Optional<Job> running = jobs.values().stream().filter(j -> j.type().equals(type) && !j.finished())
                .findFirst();
        if (running.isPresent()) {
            Job.View other = running.get().view();
            throw ProblemException.conflict("a " + type + " job is already running on this replica: id " + other.id()
                    + ", " + (other.startedAt() == null ? "queued at " + other.createdAt() : "started at "
                    + other.startedAt()) + ", progress " + progress(other) + ". Follow it at GET /api/v1/admin/jobs/"
                    + other.id() + " and start another once it has finished");
        }
        Job job = new Job(type, parameters, counters);
        jobs.put(job.id(), job);
        forgetOldFinishedJobs();
        executor.execute(() -> run(job, task));
        return job;
    }

    /**
     * As {@link #startExclusive}, exclusive across every replica of the service: the job is claimed in {@code ledger}
     * before it starts, renews its lease there while it runs, with its counters (the first is its progress), and
     * records its end there, so any replica can show it ({@link #find(JobLedger, String)}), and a replica that dies
     * releases it once its lease expires. The job is RUNNING from its claim on, as the ledger shows it. Blocks while
     * it claims: call it from a worker thread.
     *
     * @param kind the job type, or the type narrowed to a scope ({@code reindex@<replica>}, see {@link JobLedger})
     * @throws ProblemException 409 naming the job that runs, on whichever replica
     */
    public Job startRecorded(JobLedger ledger, String kind, Map<String, String> parameters, List<String> counters,
            Task task) {
        if (counters.isEmpty()) {
            throw new IllegalArgumentException("a recorded job needs a counter for its progress");
        }
        Job job = new Job(JobLedger.type(kind), parameters, counters);
        ledger.claim(kind, job.id(), job.view().parameters(), counters).await().atMost(CLAIM_TIMEOUT);
        job.started();
        synchronized (this) {
            jobs.put(job.id(), job);
            forgetOldFinishedJobs();
        }
        String type = job.type();
        executor.execute(() -> {
            AutoCloseable lease = ledger.keepAlive(job.id(), () -> recorded(job.view()));
            try {
                run(job, task);
            } finally {
                try {
                    lease.close();
                } catch (Exception e) {
                    LOG.debugf(e, "stopping the lease renewal of job %s", job.id());
                }
                Job.View end = job.view();
                try {
                    ledger.finish(job.id(), recorded(end), end.error()).await().atMost(CLAIM_TIMEOUT);
                } catch (RuntimeException e) {
                    LOG.warnf("could not record the end of %s job %s (%s); its lease expires instead", type, job.id(),
                            e.getMessage());
                }
            }
        });
        return job;
    }

    /**
     * A job this replica runs or ran since it started, else one recorded in {@code ledger} (by another replica, or by
     * this one before a restart), with the counters recorded at its last renewal.
     */
    public Optional<Job.View> find(JobLedger ledger, String id) {
        Optional<Job> local = find(id);
        if (local.isPresent()) {
            return local.map(Job::view);
        }
        return ledger.find(id).await().atMost(CLAIM_TIMEOUT).map(JobRegistry::view);
    }

    /** A recorded job in the shape of {@link Job.View}: its type without the kind's scope, created when started. */
    public static Job.View view(JobLedger.Entry entry) {
        return new Job.View(entry.id(), entry.type(), entry.state(), entry.parameters(), entry.total(),
                entry.counts(), entry.startedAt(), entry.startedAt(), entry.finishedAt(), entry.error());
    }

    private static JobLedger.Progress recorded(Job.View job) {
        return new JobLedger.Progress(job.total(), job.counts());
    }

    /** "3 of 10 (replayed 2, skipped 1)": the counters' sum against the total, then each counter. */
    private static String progress(Job.View job) {
        long done = job.counts().values().stream().mapToLong(Long::longValue).sum();
        String counters = job.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).map(c -> " (" + c + ")").orElse("");
        return (job.total() >= 0 ? done + " of " + job.total() : done + " so far") + counters;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void forgetOldFinishedJobs() {
        var oldestFirst = jobs.values().iterator();
        while (jobs.size() > keep && oldestFirst.hasNext()) {
            if (oldestFirst.next().finished()) {
                oldestFirst.remove();
            }
        }
    }

    private static void run(Job job, Task task) {
        job.started();
        try {
            task.run(job);
            job.succeeded();
        } catch (Throwable e) {
            job.failed(e);
            LOG.errorf(e, "%s job %s failed", job.type(), job.id());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
