package io.alphapulse.app.server.research;

import io.alphapulse.app.backtest.BacktestJson;
import io.alphapulse.app.backtest.InstrumentResolver;
import io.alphapulse.engine.backtest.BacktestEngine;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.BacktestSettings;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.infra.marketdata.BarDataLoader;
import io.alphapulse.infra.marketdata.MarketDataException;
import io.alphapulse.infra.store.bars.BarRepository;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs backtests submitted over the API in the background, on the same engine and with the same JSON
 * result as {@code ./alphapulse backtest}. A fixed pool of workers takes jobs from a bounded queue;
 * when both are full a submission is refused ({@link BacktestUnavailableException}), never queued
 * without limit. Jobs are kept in memory, at most {@code retained} of them: a new job evicts the
 * oldest finished one, and when every retained job is still unfinished the submission is refused too.
 * Each job belongs to the user who submitted it; no one else sees it.
 */
@Component
public class BacktestJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BacktestJobs.class);

    static final int DEFAULT_WORKERS = 2;
    static final int DEFAULT_QUEUE = 16;
    static final int DEFAULT_RETAINED = 32;

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();
    private final BarRepository store;
    private final ThreadPoolExecutor workers;
    private final int retained;
    private final Clock clock;

    /** Guarded by itself; insertion order = submission order, so the first finished entry is the oldest. */
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Autowired
    public BacktestJobs(ObjectProvider<BarRepository> store) {
        this(store.getIfAvailable(), pool(DEFAULT_WORKERS, DEFAULT_QUEUE), DEFAULT_RETAINED, Clock.systemUTC());
    }

    /**
     * @param store where stored bars are read; {@code null} when only samples can be used
     * @param workers runs the jobs; its queue must be bounded and its rejection policy must throw
     * @param retained the most jobs kept in memory, finished or not
     */
    BacktestJobs(BarRepository store, ThreadPoolExecutor workers, int retained, Clock clock) {
        this.store = store;
        this.workers = workers;
        this.retained = retained;
        this.clock = clock;
    }

    /** {@code workers} daemon threads taking jobs from a queue of {@code queue}; a full queue refuses. */
    static ThreadPoolExecutor pool(int workers, int queue) {
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread thread = new Thread(task, "alphapulse-backtest-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Checks {@code request} and queues it for {@code owner}.
     *
     * @return the job, {@code queued}
     * @throws BacktestRequestException naming the field at fault
     * @throws BacktestUnavailableException when the queue or the job table is full
     */
    public BacktestJob submit(BacktestRequest request, UUID owner) {
        BacktestPlan plan = BacktestPlan.of(request, catalog, store);
        Job job = new Job(UUID.randomUUID().toString(), owner, plan, clock.millis());
        synchronized (jobs) {
            if (jobs.size() >= retained && !evictOldestFinished()) {
                throw new BacktestUnavailableException("too many backtests are unfinished; try again later", 10);
            }
            jobs.put(job.id, job);
        }
        BacktestJob queued = job.view();
        try {
            workers.execute(() -> run(job));
        } catch (RejectedExecutionException full) {
            synchronized (jobs) {
                jobs.remove(job.id);
            }
            throw new BacktestUnavailableException(
                    "all backtest workers are busy and the queue is full; try again later", 10);
        }
        return queued;
    }

    /** The job {@code id} if it exists and belongs to {@code owner}. */
    public Optional<BacktestJob> find(String id, UUID owner) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            return job == null || !job.owner.equals(owner) ? Optional.empty() : Optional.of(job.view());
        }
    }

    private boolean evictOldestFinished() {
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            Job job = it.next();
            if (job.finished()) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private void run(Job job) {
        job.start(clock.millis());
        try {
            BacktestPlan plan = job.plan;
            long loadStarted = System.nanoTime();
            BarSeries bars = load(plan);
            long loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadStarted);
            Instrument instrument = InstrumentResolver.forSeries(bars);
            BacktestSettings settings = new BacktestSettings(
                    instrument,
                    Money.of(plan.cash(), instrument.quoteCurrency()),
                    plan.feeBps(),
                    plan.slippageBps(),
                    plan.participation());
            BacktestResult result =
                    new BacktestEngine(catalog).run(bars, plan.parameters(), settings, job::progress, loadMillis);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            BacktestJson.write(result, BacktestJson.kinds(plan.parameters()), json);
            job.finish(json.toString(StandardCharsets.UTF_8), clock.millis());
        } catch (MarketDataException | IllegalArgumentException | ArithmeticException refused) {
            job.fail(refused.getMessage(), clock.millis());
        } catch (SQLException failure) {
            LOG.warn("backtest {} could not read the bar store: {}", job.id, failure.getMessage());
            job.fail("the bar store could not be read", clock.millis());
        } catch (RuntimeException | Error failure) {
            LOG.error("backtest {} failed", job.id, failure);
            job.fail("the backtest failed unexpectedly; the server log has the details", clock.millis());
        }
    }

    private BarSeries load(BacktestPlan plan) throws SQLException {
        if (plan.sample() != null) {
            return BarDataLoader.withoutCache()
                    .load(plan.sample().spec(), plan.instrumentId(), plan.timeframe())
                    .series();
        }
        BarSeries bars = store.read(
                plan.instrumentId(),
                plan.timeframe(),
                plan.from() == null ? java.time.Instant.EPOCH : plan.from(),
                plan.to() == null ? java.time.Instant.ofEpochMilli(BacktestPlan.MAX_EPOCH_MILLIS) : plan.to());
        if (bars.size() > BacktestPlan.MAX_BARS) {
            throw new IllegalArgumentException(
                    bars.size() + " bars in the range; at most " + BacktestPlan.MAX_BARS + " per backtest");
        }
        return bars;
    }

    /** Drops the queued jobs; running ones are abandoned (their threads are daemons and hold no resources). */
    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /** One job's mutable state; its fields are written by one worker and read by request threads. */
    private static final class Job {
        final String id;
        final UUID owner;
        final BacktestPlan plan;
        final long submittedAt;
        private volatile String status = "queued";
        private volatile double progress;
        private volatile Long startedAt;
        private volatile Long finishedAt;
        private volatile String error;
        private volatile String result;

        Job(String id, UUID owner, BacktestPlan plan, long submittedAt) {
            this.id = id;
            this.owner = owner;
            this.plan = plan;
            this.submittedAt = submittedAt;
        }

        void start(long now) {
            startedAt = now;
            status = "running";
        }

        void progress(long done, long total) {
            progress = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        }

        void finish(String json, long now) {
            result = json;
            progress = 1.0;
            finishedAt = now;
            status = "done";
        }

        void fail(String message, long now) {
            error = message;
            finishedAt = now;
            status = "failed";
        }

        boolean finished() {
            return status.equals("done") || status.equals("failed");
        }

        BacktestJob view() {
            String state = status;
            return new BacktestJob(
                    id,
                    state,
                    progress,
                    plan.parameters().strategy(),
                    plan.instrumentId().symbol(),
                    plan.timeframe().toString(),
                    submittedAt,
                    startedAt,
                    finishedAt,
                    state.equals("failed") ? error : null,
                    state.equals("done") ? result : null);
        }
    }
}
