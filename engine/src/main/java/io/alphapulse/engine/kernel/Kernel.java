package io.alphapulse.engine.kernel;

import io.alphapulse.engine.clock.Clock;
import io.alphapulse.engine.clock.SimulatedClock;
import io.alphapulse.engine.clock.TimerClock;
import io.alphapulse.engine.clock.TimerEvent;
import io.alphapulse.engine.clock.TimerHandler;
import io.alphapulse.engine.model.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single-threaded, deterministic event loop at the centre of AlphaPulse. The same kernel runs
 * backtests (a {@link SimulatedClock} advanced by {@link #replay}) and live trading (a wall clock and a
 * {@link LiveKernel} thread feeding it).
 *
 * <p>Each message is processed in one <em>step</em>: it is published on its type topic to every
 * handler, in the order components subscribed, and then every message those handlers {@linkplain
 * #send sent} is processed the same way, first in first out, until none is left. A timer firing is a
 * step too. Given the same messages and the same clock, a run therefore makes the same calls in the
 * same order, every time.
 *
 * <p>All methods except {@link #clock()}, {@link #bus()} and {@link #processedCount()} must be called
 * from the kernel thread: the thread that called {@link #start()}.
 */
public final class Kernel {

    /** Default bound on messages queued within one step. */
    public static final int DEFAULT_MAX_PENDING = 1 << 16;

    private final Clock clock;
    private final MessageBus bus;
    private final List<Component> components = new ArrayList<>();
    private final Message[] pending;
    private final int pendingMask;
    private int pendingHead;
    private int pendingSize;
    private Thread owner;
    private State state = State.NEW;
    private final AtomicLong processed = new AtomicLong();

    /** A kernel on {@code clock} with a new bus whose failing handlers stop the step. */
    public Kernel(Clock clock) {
        this(clock, new MessageBus(), DEFAULT_MAX_PENDING);
    }

    /**
     * @param maxPending bound on messages queued within one step, rounded up to a power of two; more
     *     means a feedback loop and fails with {@link KernelOverflowException}
     */
    public Kernel(Clock clock, MessageBus bus, int maxPending) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bus = Objects.requireNonNull(bus, "bus");
        if (maxPending < 1 || maxPending > 1 << 24) {
            throw new IllegalArgumentException("maxPending must be in 1..16777216, was " + maxPending);
        }
        int capacity = maxPending == 1 ? 1 : Integer.highestOneBit(maxPending - 1) << 1;
        this.pending = new Message[capacity];
        this.pendingMask = capacity - 1;
        if (clock instanceof TimerClock timerClock) {
            timerClock.setTimerDispatcher(this::fireTimer);
        }
    }

    public Clock clock() {
        return clock;
    }

    public MessageBus bus() {
        return bus;
    }

    /** Adds a component; components receive each message in the order they were registered. */
    public void register(Component component) {
        Objects.requireNonNull(component, "component");
        if (state != State.NEW) {
            throw new IllegalStateException("components must be registered before the kernel starts");
        }
        for (Component existing : components) {
            if (existing.name().equals(component.name())) {
                throw new IllegalArgumentException("a component named '" + component.name() + "' is registered");
            }
        }
        components.add(component);
    }

    /** Registered components, in registration order. */
    public List<Component> components() {
        return Collections.unmodifiableList(components);
    }

    /** Starts every component in registration order; the calling thread becomes the kernel thread. */
    public void start() {
        if (state != State.NEW) {
            throw new IllegalStateException("kernel is " + state + ", it can start only once");
        }
        owner = Thread.currentThread();
        state = State.RUNNING;
        for (Component component : components) {
            component.onStart(this);
            drain();
        }
    }

    /** Stops every component in reverse registration order. Stopping twice has no further effect. */
    public void stop() {
        if (state != State.RUNNING) {
            return;
        }
        checkThread();
        for (int i = components.size() - 1; i >= 0; i--) {
            components.get(i).onStop(this);
            drain();
        }
        state = State.STOPPED;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Processes one message as a full step: publish it, then everything its handlers sent. */
    public void process(Message message) {
        checkRunning();
        dispatch(message);
        drain();
    }

    /**
     * Queues a message to be processed after the current one, within the same step. For handlers that
     * react to a message with another one (a strategy submitting an order on a bar).
     *
     * @throws KernelOverflowException if the step already queued {@code maxPending} messages
     */
    public void send(Message message) {
        Objects.requireNonNull(message, "message");
        checkRunning();
        if (pendingSize == pending.length) {
            throw new KernelOverflowException(pending.length, message);
        }
        pending[(pendingHead + pendingSize) & pendingMask] = message;
        pendingSize++;
    }

    /**
     * Runs a recorded, time-ordered stream of messages on a simulated clock: for each message the clock
     * advances to its time (firing due timers first, as steps of their own), then the message is
     * processed.
     *
     * @throws IllegalStateException if the kernel's clock is not a {@link SimulatedClock}
     * @throws IllegalArgumentException if a message is older than the one before it
     */
    public void replay(Iterator<? extends Message> messages) {
        SimulatedClock simulated = simulatedClock();
        while (messages.hasNext()) {
            Message message = messages.next();
            long time = message.timestampNanos();
            if (time < simulated.timestampNanos()) {
                throw new IllegalArgumentException(
                        "message out of time order: " + message + " is before " + simulated.timestampNanos());
            }
            simulated.advanceTo(time);
            process(message);
        }
    }

    /** Advances a simulated clock to {@code timeNanos}, firing due timers. */
    public void advanceTo(long timeNanos) {
        checkRunning();
        simulatedClock().advanceTo(timeNanos);
    }

    /** Messages processed so far (including those sent by handlers); readable from any thread. */
    public long processedCount() {
        return processed.get();
    }

    private void dispatch(Message message) {
        bus.publish(message);
        // Single writer: a release store is enough for readers on other threads, and costs no fence.
        processed.setRelease(processed.getPlain() + 1);
    }

    private void drain() {
        while (pendingSize > 0) {
            Message next = pending[pendingHead];
            pending[pendingHead] = null;
            pendingHead = (pendingHead + 1) & pendingMask;
            pendingSize--;
            dispatch(next);
        }
    }

    private void fireTimer(TimerHandler handler, TimerEvent event) {
        checkRunning();
        handler.onTimer(event);
        drain();
    }

    private SimulatedClock simulatedClock() {
        if (clock instanceof SimulatedClock simulated) {
            return simulated;
        }
        throw new IllegalStateException("replay needs a simulated clock, this kernel runs on "
                + clock.getClass().getSimpleName());
    }

    private void checkRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("kernel is " + state + ", not running");
        }
        checkThread();
    }

    private void checkThread() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException(
                    "kernel used from " + Thread.currentThread().getName() + "; it belongs to " + owner.getName());
        }
    }

    private enum State {
        NEW,
        RUNNING,
        STOPPED
    }
}
