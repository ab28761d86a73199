package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs playbooks so that none can harm the assessment: each call runs on a pooled daemon thread
 * under the time budget; an exception, a linkage error, a timeout, a {@code null} or an oversized
 * answer becomes a diagnostic, and a playbook that fails {@value #FAILURES_TO_SWITCH_OFF} times
 * in a row is switched off. A timed-out call is interrupted and abandoned, never waited for.
 */
final class Isolation implements AutoCloseable {

    /** Failures in a row after which a playbook is switched off for the rest of the engine's life. */
    static final int FAILURES_TO_SWITCH_OFF = 3;
    /** The most entries one answer may hold; more is a runaway playbook, not advice. */
    static final int MAX_RESULT_ENTRIES = 1_000;

    private final Duration budget;
    private final long budgetNanos;
    /** How many abandoned calls the pool replaces with fresh threads before it stops growing. */
    static final int MAX_REPLACED_THREADS = 32;

    private final ThreadPoolExecutor pool;
    private final AtomicInteger replaced = new AtomicInteger();

    Isolation(Duration budget, int threads) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.budgetNanos = budget.toNanos();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
    }

    /** The answers of the given playbooks in their order, or for each failing one, its diagnostics. */
    List<Answer> runAll(List<ActivePlaybook> playbooks, Function<ActivePlaybook, PlaybookRequest> requests) {
        List<Call> calls = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (ActivePlaybook p : playbooks) {
            if (p.switchedOff()) {
                calls.add(Call.skipped(p, Problem.PLAYBOOK_SWITCHED_OFF.about(p.id(),
                        "switched off after " + FAILURES_TO_SWITCH_OFF + " failures in a row; skipped")));
                continue;
            }
            AtomicLong startedAt = new AtomicLong();
            PlaybookRequest request = requests.apply(p);
            try {
                Future<PlaybookResult> future = pool.submit(() -> {
                    startedAt.set(System.nanoTime());
                    return p.playbook().assess(request);
                });
                calls.add(new Call(p, future, startedAt, null));
            } catch (RejectedExecutionException e) {
                calls.add(Call.skipped(p, Problem.HOST_BUSY.about(p.id(), "the engine is closed; skipped")));
            }
        }
        for (Call call : calls) {
            answers.add(collect(call));
        }
        return answers;
    }

    /** Runs {@code task} on the pool within {@code limit}; for a playbook's start. */
    Diagnostic runOnce(ActivePlaybook p, Runnable task, Duration limit) {
        Future<?> future = pool.submit(task);
        try {
            future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            future.cancel(true);
            return Problem.START_FAILED.about(p.id(), "start() did not finish within " + limit.toMillis() + " ms; skipped");
        } catch (ExecutionException e) {
            return Problem.START_FAILED.about(p.id(), "start() failed: " + PlaybookDiscovery.oneLine(e.getCause()) + "; skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Problem.START_FAILED.about(p.id(), "start() was interrupted; skipped");
        }
    }

    private Answer collect(Call call) {
        ActivePlaybook p = call.playbook();
        if (call.skipped() != null) {
            return Answer.failed(p, List.of(call.skipped()));
        }
        Diagnostic failure;
        try {
            PlaybookResult result = await(call);
            failure = checkSize(p, result);
            if (failure == null) {
                p.succeeded();
                return new Answer(p, result, List.of());
            }
        } catch (TimeoutException e) {
            call.future().cancel(true);
            replaceAbandonedThread();
            failure = Problem.PLAYBOOK_TIMEOUT.about(p.id(), "timed out after " + budget.toMillis() + " ms; skipped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            failure = cause instanceof LinkageError
                    ? Problem.PLAYBOOK_INCOMPATIBLE.about(p.id(), "failed with " + PlaybookDiscovery.oneLine(cause)
                            + ", probably built against another playbook API; skipped")
                    : Problem.PLAYBOOK_FAILED.about(p.id(), "failed with " + PlaybookDiscovery.oneLine(cause) + "; skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.future().cancel(true);
            return Answer.failed(p, List.of(Problem.HOST_BUSY.about(p.id(), "the assessment was interrupted; skipped")));
        }
        List<Diagnostic> problems = new ArrayList<>();
        problems.add(failure);
        if (p.failedAndNowSwitchedOff(FAILURES_TO_SWITCH_OFF)) {
            problems.add(Problem.PLAYBOOK_SWITCHED_OFF.about(p.id(),
                    "failed " + FAILURES_TO_SWITCH_OFF + " times in a row; switched off for the rest of this engine's life"));
        }
        return Answer.failed(p, problems);
    }

    /**
     * Waits for the call, counting the budget from the moment the call started on its thread, so
     * that time spent queued behind other playbooks is never charged to it.
     */
    private PlaybookResult await(Call call) throws TimeoutException, ExecutionException, InterruptedException {
        Future<PlaybookResult> future = call.future();
        long submitted = System.nanoTime();
        long queueLimit = submitted + Math.max(budgetNanos * 20, TimeUnit.SECONDS.toNanos(5));
        while (true) {
            long started = call.startedAt().get();
            long deadline = started == 0 ? Math.min(System.nanoTime() + budgetNanos, queueLimit) : started + budgetNanos;
            long wait = deadline - System.nanoTime();
            try {
                return future.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (call.startedAt().get() != 0 && System.nanoTime() - call.startedAt().get() >= budgetNanos) {
                    throw e;
                }
                if (System.nanoTime() >= queueLimit) {
                    throw e;
                }
            }
        }
    }

    /**
     * An abandoned call may never give its thread back (a playbook deaf to interruption), so the pool
     * grows by one thread per abandoned call, up to {@value #MAX_REPLACED_THREADS}, and the others
     * keep their parallelism. Switching a playbook off after three failures bounds the growth.
     */
    private void replaceAbandonedThread() {
        if (replaced.incrementAndGet() <= MAX_REPLACED_THREADS) {
            synchronized (pool) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    /** The number of threads the pool may use now; for tests. */
    int threads() {
        return pool.getCorePoolSize();
    }

    private static Diagnostic checkSize(ActivePlaybook p, PlaybookResult result) {
        if (result == null) {
            return Problem.PLAYBOOK_NULL.about(p.id(), "returned null instead of a result; skipped");
        }
        if (result.size() > MAX_RESULT_ENTRIES) {
            return Problem.OVERSIZED_RESULT.about(p.id(), "returned " + result.size() + " entries, more than "
                    + MAX_RESULT_ENTRIES + "; skipped");
        }
        return null;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "clientele-playbook-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A submitted call, or one that was never submitted and why. */
    private record Call(ActivePlaybook playbook, Future<PlaybookResult> future, AtomicLong startedAt, Diagnostic skipped) {
        static Call skipped(ActivePlaybook p, Diagnostic why) {
            return new Call(p, null, null, why);
        }
    }

    /**
     * What one playbook contributed to an assessment.
     *
     * @param playbook the playbook
     * @param result   its answer, or null when it failed
     * @param problems what went wrong; empty when it answered
     */
    record Answer(ActivePlaybook playbook, PlaybookResult result, List<Diagnostic> problems) {
        static Answer failed(ActivePlaybook p, List<Diagnostic> problems) {
            return new Answer(p, null, problems);
        }
    }
}
