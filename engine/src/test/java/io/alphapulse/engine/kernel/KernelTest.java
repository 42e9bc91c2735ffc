package io.alphapulse.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.clock.SimulatedClock;
import io.alphapulse.engine.clock.WallClock;
import io.alphapulse.engine.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KernelTest {

    private final SimulatedClock clock = new SimulatedClock(0);
    private final Kernel kernel = new Kernel(clock);
    private final List<String> log = new ArrayList<>();

    /** A component that logs what it sees and answers each ping with a pong. */
    private final class Replier implements Component {
        private final String name;

        Replier(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void onStart(Kernel k) {
            log.add("start " + name);
            k.bus().subscribe(Ping.class, ping -> {
                log.add(name + " ping " + ping.id() + " t=" + k.clock().timestampNanos());
                k.send(new Pong(ping.id(), k.clock().timestampNanos()));
            });
            k.bus().subscribe(Pong.class, pong -> log.add(name + " pong " + pong.id()));
        }

        @Override
        public void onStop(Kernel k) {
            log.add("stop " + name);
        }
    }

    @Test
    void components_startInRegistrationOrder_andStopInReverse() {
        kernel.register(new Replier("data"));
        kernel.register(new Replier("strategy"));

        kernel.start();
        kernel.stop();

        assertThat(log).containsExactly("start data", "start strategy", "stop strategy", "stop data");
    }

    @Test
    void process_deliversToComponentsInRegistrationOrder_thenProcessesSentMessagesFifo() {
        kernel.register(new Replier("a"));
        kernel.register(new Replier("b"));
        kernel.start();

        kernel.process(new Ping(1, 0));

        // Both components see the ping before any pong: sent messages wait for the current step.
        assertThat(log.subList(2, log.size()))
                .containsExactly("a ping 1 t=0", "b ping 1 t=0", "a pong 1", "b pong 1", "a pong 1", "b pong 1");
        assertThat(kernel.processedCount()).isEqualTo(3);
    }

    @Test
    void replay_firesTimersDueAtOrBeforeAMessage_beforeTheMessage() {
        kernel.register(new Component() {
            @Override
            public String name() {
                return "timed";
            }

            @Override
            public void onStart(Kernel k) {
                k.clock().setTimer("every-10", 10, 0, 30, event -> log.add("timer " + event.timestampNanos()));
                k.bus().subscribe(Ping.class, ping -> log.add("ping " + ping.timestampNanos()));
            }
        });
        kernel.start();

        kernel.replay(List.of(new Ping(1, 5), new Ping(2, 10), new Ping(3, 25), new Ping(4, 40))
                .iterator());

        assertThat(log).containsExactly("ping 5", "timer 10", "ping 10", "timer 20", "ping 25", "timer 30", "ping 40");
    }

    @Test
    void timerHandler_sendingAMessage_hasItProcessedWithinTheTimerStep() {
        kernel.register(new Replier("r"));
        kernel.start();
        clock.setTimeAlert("wake", 50, event -> kernel.send(new Ping(9, event.timestampNanos())));

        kernel.advanceTo(60);

        assertThat(log.subList(1, log.size())).containsExactly("r ping 9 t=50", "r pong 9");
        assertThat(clock.timestampNanos()).isEqualTo(60);
    }

    @Test
    void replay_outOfTimeOrder_isRefused() {
        kernel.start();

        assertThatThrownBy(() ->
                        kernel.replay(List.of(new Ping(1, 10), new Ping(2, 9)).iterator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of time order");
    }

    @Test
    void replay_onAWallClock_isRefused() {
        Kernel live = new Kernel(new WallClock());
        live.start();

        assertThatThrownBy(() -> live.replay(List.<Message>of().iterator()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("simulated clock");
    }

    @Test
    void send_beyondTheStepBound_failsLoudly() {
        Kernel small = new Kernel(clock, new MessageBus(), 4);
        small.register(new Component() {
            @Override
            public String name() {
                return "loop";
            }

            @Override
            public void onStart(Kernel k) {
                k.bus().subscribe(Ping.class, ping -> {
                    for (int i = 0; i < 5; i++) {
                        k.send(new Pong(i, 0));
                    }
                });
            }
        });
        small.start();

        assertThatThrownBy(() -> small.process(new Ping(1, 0)))
                .isInstanceOf(KernelOverflowException.class)
                .hasMessageContaining("more than 4");
    }

    @Test
    void process_fromAnotherThread_isRefused() throws InterruptedException {
        kernel.start();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        Thread other = new Thread(() -> {
            try {
                kernel.process(new Ping(1, 0));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        other.start();
        other.join();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("belongs to");
    }

    @Test
    void process_beforeStartOrAfterStop_isRefused() {
        assertThatThrownBy(() -> kernel.process(new Ping(1, 0))).hasMessageContaining("NEW");
        kernel.start();
        kernel.stop();
        assertThatThrownBy(() -> kernel.process(new Ping(1, 0))).hasMessageContaining("STOPPED");
    }

    @Test
    void register_afterStartOrTwiceByName_isRefused() {
        kernel.register(new Replier("a"));
        assertThatThrownBy(() -> kernel.register(new Replier("a"))).hasMessageContaining("'a'");
        kernel.start();
        assertThatThrownBy(() -> kernel.register(new Replier("b"))).hasMessageContaining("before the kernel starts");
    }

    @Test
    void sameMessagesAndClock_produceTheSameCallsInTheSameOrder() {
        assertThat(randomRun(42)).isEqualTo(randomRun(42)).isNotEqualTo(randomRun(43));
    }

    /** A run with timers, replies and chained sends over random data; returns everything that happened. */
    private static List<String> randomRun(long seed) {
        Random random = new Random(seed);
        List<Message> messages = new ArrayList<>();
        long time = 0;
        for (int i = 0; i < 2_000; i++) {
            time += random.nextInt(3);
            messages.add(random.nextInt(4) == 0 ? new Pong(i, time) : new Ping(i, time));
        }
        SimulatedClock clock = new SimulatedClock(0);
        Kernel kernel = new Kernel(clock);
        List<String> trace = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            kernel.register(new Component() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void onStart(Kernel k) {
                    k.clock()
                            .setTimer(
                                    name,
                                    7 + name.length(),
                                    0,
                                    Long.MAX_VALUE,
                                    event -> trace.add(name + " t" + event.timestampNanos()));
                    k.bus().subscribe(Ping.class, ping -> {
                        trace.add(name + " ping " + ping.id() + "@" + k.clock().timestampNanos());
                        if (ping.id() % 3 == 0) {
                            k.send(new Pong(-ping.id(), k.clock().timestampNanos()));
                        }
                    });
                    k.bus().subscribe(Pong.class, pong -> trace.add(name + " pong " + pong.id()));
                }
            });
        }
        kernel.start();
        kernel.replay(messages.iterator());
        kernel.stop();
        return trace;
    }
}
