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
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Runs playbooks so that none can harm the assessment: each call runs on a pooled daemon thread
 * (the calls of one assessment one after another on the same thread) under its own time budget; an exception, a linkage error, a timeout, a {@code null} or an oversized
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

    /**
     * The answers of the given playbooks in their order, or for each failing one, its diagnostics.
     *
     * <p>The playbooks run one after another on one pooled thread, each under its own budget counted
     * from its own start, so that one assessment costs one hand-off to the pool and one back rather
     * than one per playbook. A playbook that overruns is abandoned with its thread, which is
     * interrupted, and the playbooks after it go on on another thread.
     */
    List<Answer> runAll(List<ActivePlaybook> playbooks, Function<ActivePlaybook, PlaybookRequest> requests) {
        Answer[] answers = new Answer[playbooks.size()];
        List<Integer> positions = new ArrayList<>();
        List<ActivePlaybook> runnable = new ArrayList<>();
        List<PlaybookRequest> runnableRequests = new ArrayList<>();
        for (int i = 0; i < playbooks.size(); i++) {
            ActivePlaybook p = playbooks.get(i);
            if (p.switchedOff()) {
                answers[i] = Answer.failed(p, List.of(Problem.PLAYBOOK_SWITCHED_OFF.about(p.id(),
                        "switched off after " + FAILURES_TO_SWITCH_OFF + " failures in a row; skipped")));
                continue;
            }
            positions.add(i);
            runnable.add(p);
            runnableRequests.add(requests.apply(p));
        }
        int next = 0;
        while (next < runnable.size()) {
            Run run = new Run(runnable.subList(next, runnable.size()), runnableRequests.subList(next, runnable.size()));
            Future<?> future;
            try {
                future = pool.submit(run);
            } catch (RejectedExecutionException e) {
                for (int k = next; k < runnable.size(); k++) {
                    ActivePlaybook p = runnable.get(k);
                    answers[positions.get(k)] = Answer.failed(p, List.of(Problem.HOST_BUSY.about(p.id(), "the engine is closed; skipped")));
                }
                break;
            }
            Answer[] collected = new Answer[run.size()];
            int settled = collect(run, future, collected);
            for (int k = 0; k < settled; k++) {
                answers[positions.get(next + k)] = collected[k];
            }
            next += settled;
        }
        return List.of(answers);
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

    /**
     * Waits for the playbooks of {@code run} in order and fills {@code answers} from the first on;
     * returns how many it settled: all of them, or up to and including one that overran, whose
     * thread is then abandoned. The budget of each counts from the moment it started on the pool
     * thread, so that time spent queued is never charged to it.
     */
    private int collect(Run run, Future<?> future, Answer[] answers) {
        int i = 0;
        long queueLimit = System.nanoTime() + Math.max(budgetNanos * 20, TimeUnit.SECONDS.toNanos(5));
        while (true) {
            while (i < run.size() && run.state(i) == Run.DONE) {
                answers[i] = answer(run.playbook(i), run.outcome(i));
                i++;
                queueLimit = System.nanoTime() + Math.max(budgetNanos * 20, TimeUnit.SECONDS.toNanos(5));
            }
            if (i == run.size()) {
                return i;
            }
            int state = run.state(i);
            long now = System.nanoTime();
            long deadline = state == Run.RUNNING ? run.startedAt(i) + budgetNanos : Math.min(now + budgetNanos, queueLimit);
            if (deadline - now > 0) {
                try {
                    // Wakes once when the whole run ends; earlier only when a deadline is due.
                    future.get(deadline - now, TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException e) {
                    // Re-read the states below: a timeout here is not yet a verdict on the playbook.
                } catch (InterruptedException e) {
                    return interrupted(run, future, answers, i);
                }
                continue;
            }
            boolean overran = state == Run.RUNNING || now - queueLimit >= 0;
            if (overran && run.abandon(i, state)) {
                future.cancel(true);
                replaceAbandonedThread();
                answers[i] = failure(run.playbook(i),
                        Problem.PLAYBOOK_TIMEOUT.about(run.playbook(i).id(), "timed out after " + budget.toMillis() + " ms; skipped"));
                return i + 1;
            }
        }
    }

    private int interrupted(Run run, Future<?> future, Answer[] answers, int from) {
        Thread.currentThread().interrupt();
        for (int k = from; k < run.size(); k++) {
            int state = run.state(k);
            if (state == Run.DONE) {
                answers[k] = answer(run.playbook(k), run.outcome(k));
            } else if (run.abandon(k, state) || run.state(k) != Run.DONE) {
                ActivePlaybook p = run.playbook(k);
                answers[k] = Answer.failed(p, List.of(Problem.HOST_BUSY.about(p.id(), "the assessment was interrupted; skipped")));
            } else {
                answers[k] = answer(run.playbook(k), run.outcome(k));
            }
        }
        future.cancel(true);
        return run.size();
    }

    private Answer answer(ActivePlaybook p, Outcome outcome) {
        if (outcome.thrown() != null) {
            Throwable cause = outcome.thrown();
            return failure(p, cause instanceof LinkageError
                    ? Problem.PLAYBOOK_INCOMPATIBLE.about(p.id(), "failed with " + PlaybookDiscovery.oneLine(cause)
                            + ", probably built against another playbook API; skipped")
                    : Problem.PLAYBOOK_FAILED.about(p.id(), "failed with " + PlaybookDiscovery.oneLine(cause) + "; skipped"));
        }
        Diagnostic failure = checkSize(p, outcome.result());
        if (failure == null) {
            p.succeeded();
            return new Answer(p, outcome.result(), List.of());
        }
        return failure(p, failure);
    }

    private static Answer failure(ActivePlaybook p, Diagnostic failure) {
        List<Diagnostic> problems = new ArrayList<>();
        problems.add(failure);
        if (p.failedAndNowSwitchedOff(FAILURES_TO_SWITCH_OFF)) {
            problems.add(Problem.PLAYBOOK_SWITCHED_OFF.about(p.id(),
                    "failed " + FAILURES_TO_SWITCH_OFF + " times in a row; switched off for the rest of this engine's life"));
        }
        return Answer.failed(p, problems);
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

    /** What one playbook call ended with: its result, or what it threw. */
    private record Outcome(PlaybookResult result, Throwable thrown) {
    }

    /**
     * Playbooks run one after another on one pool thread. Each slot moves from waiting to running to
     * done on that thread; the waiting caller may take a waiting or running slot over as abandoned,
     * and the thread stops at the first slot it finds abandoned or loses, so no playbook runs after
     * one the caller gave up on.
     */
    private static final class Run implements Runnable {
        static final int WAITING = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        static final int ABANDONED = 3;

        private final List<ActivePlaybook> playbooks;
        private final List<PlaybookRequest> requests;
        private final AtomicIntegerArray states;
        private final AtomicLongArray startedAt;
        private final AtomicReferenceArray<Outcome> outcomes;

        Run(List<ActivePlaybook> playbooks, List<PlaybookRequest> requests) {
            this.playbooks = playbooks;
            this.requests = requests;
            this.states = new AtomicIntegerArray(playbooks.size());
            this.startedAt = new AtomicLongArray(playbooks.size());
            this.outcomes = new AtomicReferenceArray<>(playbooks.size());
        }

        @Override
        public void run() {
            for (int i = 0; i < playbooks.size(); i++) {
                startedAt.set(i, System.nanoTime());
                if (!states.compareAndSet(i, WAITING, RUNNING)) {
                    return;
                }
                Outcome outcome;
                try {
                    outcome = new Outcome(playbooks.get(i).playbook().assess(requests.get(i)), null);
                } catch (Throwable t) {
                    // Whatever a plugin throws is its failure to report, never the host's.
                    outcome = new Outcome(null, t);
                }
                outcomes.set(i, outcome);
                if (!states.compareAndSet(i, RUNNING, DONE)) {
                    return;
                }
            }
        }

        int size() {
            return playbooks.size();
        }

        ActivePlaybook playbook(int i) {
            return playbooks.get(i);
        }

        int state(int i) {
            return states.get(i);
        }

        long startedAt(int i) {
            return startedAt.get(i);
        }

        Outcome outcome(int i) {
            return outcomes.get(i);
        }

        /** Takes slot {@code i} over from {@code state}; false when the thread got further meanwhile. */
        boolean abandon(int i, int state) {
            return (state == WAITING || state == RUNNING) && states.compareAndSet(i, state, ABANDONED);
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
