package io.sinoscope.support.job;

import io.sinoscope.support.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Runs administrative jobs in the background and keeps the last few for the job API
 * ({@code GET /api/v1/admin/jobs/{id}}). Jobs live in this instance's memory: a restart forgets the job, not the
 * work it already did, which every job here keeps idempotent or resumable.
 *
 * <p>A plain class, not a bean: each service creates the registry its jobs share, so one service's job ids never
 * leak into another's API.
 */
public final class JobRegistry {

    /** The work of a job; it reports progress on the job it is given and throws to fail it. */
    @FunctionalInterface
    public interface Task {
        void run(Job job) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(JobRegistry.class);

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
            throw ProblemException.conflict("a " + type + " job is already running (" + running.get().id()
                    + "); follow it at GET /api/v1/admin/jobs/" + running.get().id() + " and start another once it "
                    + "has finished");
        }
        Job job = new Job(type, parameters, counters);
        jobs.put(job.id(), job);
        forgetOldFinishedJobs();
        executor.execute(() -> run(job, task));
        return job;
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
