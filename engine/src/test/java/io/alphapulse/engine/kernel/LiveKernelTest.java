package io.alphapulse.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.clock.WallClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveKernelTest {

    private final WallClock clock = new WallClock();
    private final Kernel kernel = new Kernel(clock);
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Throwable> crashes = new CopyOnWriteArrayList<>();

    private Component recorder(CountDownLatch gate) {
        return new Component() {
            @Override
            public String name() {
                return "recorder";
            }

            @Override
            public void onStart(Kernel k) {
                k.bus().subscribe(Ping.class, ping -> {
                    await(gate);
                    seen.add(Thread.currentThread().getName() + ":" + ping.id());
                });
            }

            @Override
            public void onStop(Kernel k) {
                seen.add("stopped");
            }
        };
    }

    @Test
    void messagesFromOtherThreads_areProcessedOnTheKernelThread_inArrivalOrder() throws Exception {
        kernel.register(recorder(new CountDownLatch(0)));
        try (LiveKernel live = new LiveKernel(kernel, clock, 16, crashes::add)) {
            live.start();
            for (int i = 0; i < 5; i++) {
                live.put(new Ping(i, clock.timestampNanos()), Duration.ofSeconds(1));
            }
        }

        assertThat(seen)
                .containsExactly(
                        "alphapulse-kernel:0",
                        "alphapulse-kernel:1",
                        "alphapulse-kernel:2",
                        "alphapulse-kernel:3",
                        "alphapulse-kernel:4",
                        "stopped");
        assertThat(crashes).isEmpty();
    }

    @Test
    void timers_fireOnTheKernelThread_whileIdle() throws Exception {
        CountDownLatch fired = new CountDownLatch(3);
        kernel.register(new Component() {
            @Override
            public String name() {
                return "timed";
            }

            @Override
            public void onStart(Kernel k) {
                k.clock().setTimer("fast", 5_000_000, k.clock().timestampNanos(), Long.MAX_VALUE, event -> {
                    seen.add(Thread.currentThread().getName());
                    fired.countDown();
                });
            }
        });
        try (LiveKernel live = new LiveKernel(kernel, clock, 16, crashes::add)) {
            live.start();
            assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(seen).isNotEmpty().allMatch("alphapulse-kernel"::equals);
    }

    @Test
    void fullQueue_offerRefuses_andPutFailsLoudlyAfterItsTimeout() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        kernel.register(recorder(gate));
        try (LiveKernel live = new LiveKernel(kernel, clock, 2, crashes::add)) {
            live.start();
            live.put(new Ping(0, 0), Duration.ofSeconds(1)); // taken by the kernel, which then blocks on the gate
            waitUntil(() -> live.queued() == 0);
            assertThat(live.offer(new Ping(1, 0))).isTrue();
            assertThat(live.offer(new Ping(2, 0))).isTrue();

            assertThat(live.offer(new Ping(3, 0))).isFalse();
            assertThatThrownBy(() -> live.put(new Ping(4, 0), Duration.ofMillis(20)))
                    .isInstanceOf(InboundQueueFullException.class)
                    .hasMessageContaining("still full");

            gate.countDown();
        }

        assertThat(seen)
                .containsExactly("alphapulse-kernel:0", "alphapulse-kernel:1", "alphapulse-kernel:2", "stopped");
    }

    @Test
    void close_processesWhatIsQueued_thenRefusesNewMessages() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        kernel.register(recorder(gate));
        LiveKernel live = new LiveKernel(kernel, clock, 8, crashes::add);
        live.start();
        live.put(new Ping(0, 0), Duration.ofSeconds(1));
        live.put(new Ping(1, 0), Duration.ofSeconds(1));
        gate.countDown();

        live.close();

        assertThat(seen).containsExactly("alphapulse-kernel:0", "alphapulse-kernel:1", "stopped");
        assertThat(live.offer(new Ping(2, 0))).isFalse();
        assertThatThrownBy(() -> live.put(new Ping(3, 0), Duration.ofMillis(1))).hasMessageContaining("closed");
        assertThat(live.isAlive()).isFalse();
    }

    @Test
    void handlerFailureUnderPropagate_endsTheThreadAndIsReported() throws Exception {
        kernel.register(new Component() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void onStart(Kernel k) {
                k.bus().subscribe(Ping.class, ping -> {
                    throw new IllegalStateException("strategy bug");
                });
            }
        });
        LiveKernel live = new LiveKernel(kernel, clock, 8, crashes::add);
        live.start();
        live.put(new Ping(0, 0), Duration.ofSeconds(1));
        waitUntil(() -> !live.isAlive());

        assertThat(live.crash()).hasMessage("strategy bug");
        assertThat(crashes).hasSize(1);
        live.close();
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(1);
        }
    }
}
