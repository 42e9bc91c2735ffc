package io.alphapulse.app.server.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BacktestJobsTest {

    static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-0000000000b0");
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);

    private ThreadPoolExecutor pool = BacktestJobs.pool(1, 4);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    static BacktestRequest sample(String strategy) {
        return request(strategy, "sample:btc-1m").symbol("BTC-USD").build();
    }

    /** A request naming {@code strategy} and {@code data}, every other member unset until a test sets it. */
    static RequestBuilder request(String strategy, String data) {
        return new RequestBuilder(strategy, data);
    }

    static RequestBuilder smaCrossSample() {
        return request("sma-cross", "sample:btc-1m");
    }

    @Test
    void sampleBacktest_resultIsTheCliJson_ofTheGoldenRun() throws IOException {
        BacktestJobs jobs = new BacktestJobs(null, pool, 8, CLOCK);
        BacktestJob queued = jobs.submit(sample("sma-cross"), ALICE);
        assertThat(queued.status()).isIn("queued", "running");
        assertThat(queued.result()).isNull();

        BacktestJob done = awaitFinished(jobs, queued.id(), ALICE);

        assertThat(done.status()).isEqualTo("done");
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.error()).isNull();
        assertThat(done.submittedAt()).isEqualTo(1_700_000_000_000L);
        // the golden file was made with a clock that never moves: timings 0
        String result = done.result()
                .replaceAll("\"wallMillis\":\\d+", "\"wallMillis\":0")
                .replaceAll("\"loadMillis\":\\d+", "\"loadMillis\":0");
        try (InputStream golden = BacktestJobsTest.class.getResourceAsStream("/golden/sma-cross-btc-1m.json")) {
            assertThat(result).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void jobs_areVisibleToTheirOwnerOnly() {
        BacktestJobs jobs = new BacktestJobs(null, pool, 8, CLOCK);
        BacktestJob job = jobs.submit(sample("rsi-reversion"), ALICE);
        assertThat(jobs.find(job.id(), BOB)).isEmpty();
        assertThat(jobs.find(job.id(), ALICE)).isPresent();
        assertThat(jobs.find("no-such-job", ALICE)).isEmpty();
    }

    @Test
    void fullQueue_refusesTheSubmission_andKeepsNoTrace() {
        pool = BacktestJobs.pool(1, 1);
        pool.execute(this::blockWorker);
        BacktestJobs jobs = new BacktestJobs(null, pool, 8, CLOCK);
        BacktestJob queued = jobs.submit(sample("sma-cross"), ALICE);
        assertThat(jobs.find(queued.id(), ALICE).orElseThrow().status()).isEqualTo("queued");

        assertThatThrownBy(() -> jobs.submit(sample("sma-cross"), ALICE))
                .isInstanceOf(BacktestUnavailableException.class)
                .hasMessage("all backtest workers are busy and the queue is full; try again later");

        release.countDown();
        assertThat(awaitFinished(jobs, queued.id(), ALICE).status()).isEqualTo("done");
    }

    @Test
    void retainedJobs_evictTheOldestFinished_andRefuseWhenNoneIsFinished() {
        pool = BacktestJobs.pool(1, 4);
        BacktestJobs jobs = new BacktestJobs(null, pool, 2, CLOCK);
        BacktestJob first = jobs.submit(sample("sma-cross"), ALICE);
        BacktestJob second = jobs.submit(sample("sma-cross"), ALICE);
        awaitFinished(jobs, second.id(), ALICE);

        BacktestJob third = jobs.submit(sample("sma-cross"), BOB);
        assertThat(jobs.find(first.id(), ALICE)).isEmpty();
        assertThat(jobs.find(second.id(), ALICE)).isPresent();
        awaitFinished(jobs, third.id(), BOB);

        pool.execute(this::blockWorker);
        jobs.submit(sample("sma-cross"), ALICE); // evicts second
        jobs.submit(sample("sma-cross"), ALICE); // evicts third
        assertThatThrownBy(() -> jobs.submit(sample("sma-cross"), ALICE))
                .isInstanceOf(BacktestUnavailableException.class)
                .hasMessage("too many backtests are unfinished; try again later");
    }

    @Test
    void aRunThatTheEngineRefuses_fails_withItsReason() {
        BacktestJobs jobs = new BacktestJobs(null, pool, 8, CLOCK);
        // more decimals than the quote currency has: valid JSON and range, refused by Money
        BacktestRequest request =
                smaCrossSample().cash(new BigDecimal("100.123456789012")).build();
        BacktestJob failed = awaitFinished(jobs, jobs.submit(request, ALICE).id(), ALICE);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.error()).isNotBlank();
        assertThat(failed.result()).isNull();
    }

    @Test
    void invalidRequests_nameTheField() {
        BacktestJobs jobs = new BacktestJobs(null, pool, 8, CLOCK);
        assertField(jobs, request(null, "sample:btc-1m"), "strategy");
        assertField(jobs, request("magic", "sample:btc-1m"), "strategy");
        assertField(jobs, request("sma-cross", "/etc/passwd"), "data");
        assertField(jobs, request("sma-cross", "sample:nope"), "data");
        assertField(jobs, smaCrossSample().timeframe("7x"), "timeframe");
        assertField(jobs, smaCrossSample().from(5L), "from");
        assertField(jobs, smaCrossSample().params(Map.of("fast", "-3")), "params");
        assertField(jobs, smaCrossSample().params(Map.of("fast", "5..50:5")), "params");
        assertField(jobs, smaCrossSample().cash(BigDecimal.ZERO), "cash");
        assertField(jobs, smaCrossSample().cash(new BigDecimal("1e999999999")), "cash");
        assertField(jobs, smaCrossSample().feeBps(new BigDecimal("1001")), "feeBps");
        assertField(jobs, smaCrossSample().slippageBps(new BigDecimal("-1")), "slippageBps");
        assertField(jobs, smaCrossSample().participation(new BigDecimal("1.5")), "participation");
        assertField(jobs, request("sma-cross", null), "symbol");
        assertField(jobs, request("sma-cross", null).symbol("BTC-USDT"), "symbol");
        assertField(
                jobs, request("sma-cross", null).symbol("BTC-USDT").from(10L).to(5L), "to");
        assertThat(pool.getCompletedTaskCount() + pool.getQueue().size() + pool.getActiveCount())
                .isZero();
    }

    private static void assertField(BacktestJobs jobs, RequestBuilder request, String field) {
        assertThatThrownBy(() -> jobs.submit(request.build(), ALICE))
                .isInstanceOf(BacktestRequestException.class)
                .extracting(thrown -> ((BacktestRequestException) thrown).field())
                .isEqualTo(field);
    }

    private void blockWorker() {
        try {
            release.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static BacktestJob awaitFinished(BacktestJobs jobs, String id, UUID owner) {
        return await().atMost(Duration.ofMinutes(2))
                .until(
                        () -> jobs.find(id, owner).orElseThrow(),
                        job -> job.status().equals("done") || job.status().equals("failed"));
    }

    /** Builds a {@link BacktestRequest} one member at a time, so that a test names only what it varies. */
    static final class RequestBuilder {
        private final String strategy;
        private final String data;
        private String symbol;
        private String timeframe;
        private Long from;
        private Long to;
        private Map<String, String> params;
        private BigDecimal cash;
        private BigDecimal feeBps;
        private BigDecimal slippageBps;
        private BigDecimal participation;

        RequestBuilder(String strategy, String data) {
            this.strategy = strategy;
            this.data = data;
        }

        RequestBuilder symbol(String value) {
            symbol = value;
            return this;
        }

        RequestBuilder timeframe(String value) {
            timeframe = value;
            return this;
        }

        RequestBuilder from(Long value) {
            from = value;
            return this;
        }

        RequestBuilder to(Long value) {
            to = value;
            return this;
        }

        RequestBuilder params(Map<String, String> value) {
            params = value;
            return this;
        }

        RequestBuilder cash(BigDecimal value) {
            cash = value;
            return this;
        }

        RequestBuilder feeBps(BigDecimal value) {
            feeBps = value;
            return this;
        }

        RequestBuilder slippageBps(BigDecimal value) {
            slippageBps = value;
            return this;
        }

        RequestBuilder participation(BigDecimal value) {
            participation = value;
            return this;
        }

        BacktestRequest build() {
            return new BacktestRequest(
                    strategy, data, symbol, timeframe, from, to, params, cash, feeBps, slippageBps, participation);
        }
    }
}
