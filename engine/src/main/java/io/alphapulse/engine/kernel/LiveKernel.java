package io.alphapulse.engine.kernel;

import io.alphapulse.engine.clock.WallClock;
import io.alphapulse.engine.model.Message;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a {@link Kernel} on its own thread against the wall clock, fed by other threads (venue adapters,
 * the API) through a bounded inbound queue.
 *
 * <p>Overflow policy: the queue never grows. {@link #offer} refuses a message when the queue is full
 * and returns {@code false}, for senders that can drop or conflate (prices: the next quote supersedes
 * this one). {@link #put} waits for room up to a timeout and then throws {@link
 * InboundQueueFullException}, for messages that must never be lost silently (orders, fills): the
 * sender is slowed down, and if the kernel is stuck the failure is loud.
 *
 * <p>The kernel thread polls the queue for 50 µs after each message (bursts then pay no wake-up),
 * then sleeps until a message arrives or the next timer is due, whichever is first.
 * {@link #close()} stops taking messages, processes those already queued, stops the components and
 * waits for the thread to end.
 */
public final class LiveKernel implements AutoCloseable {

    private static final long MAX_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** How long the kernel thread polls before it parks; see {@link #spinForNext()}. */
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final Kernel kernel;
    private final WallClock clock;
    private final BlockingQueue<Message> inbound;
    private final Consumer<Throwable> crashReporter;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile Throwable crash;

    /**
     * @param kernel a kernel on {@code clock}, not yet started, with its components registered
     * @param capacity bound of the inbound queue
     * @param crashReporter told when the kernel thread dies of an exception a handler policy let through
     */
    public LiveKernel(Kernel kernel, WallClock clock, int capacity, Consumer<Throwable> crashReporter) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (kernel.clock() != clock) {
            throw new IllegalArgumentException("the kernel must run on the given wall clock");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("inbound capacity must be >= 1, was " + capacity);
        }
        this.inbound = new ArrayBlockingQueue<>(capacity);
        this.crashReporter = Objects.requireNonNull(crashReporter, "crashReporter");
        this.thread = Thread.ofPlatform().name("alphapulse-kernel").unstarted(this::loop);
    }

    /** Starts the kernel thread and waits until the components have started. */
    public void start() throws InterruptedException {
        thread.start();
        started.await();
        if (crash != null) {
            throw new IllegalStateException("kernel failed to start", crash);
        }
    }

    /** Queues a message if there is room; {@code false} when full or closed. Never blocks. */
    public boolean offer(Message message) {
        Objects.requireNonNull(message, "message");
        return accepting && inbound.offer(message);
    }

    /**
     * Queues a message, waiting up to {@code timeout} for room.
     *
     * @throws InboundQueueFullException if there was no room in time, or the kernel is closed
     */
    public void put(Message message, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(message, "message");
        if (!accepting || !inbound.offer(message, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new InboundQueueFullException(inbound.size(), timeout, accepting, message);
        }
    }

    /** Messages waiting for the kernel thread. */
    public int queued() {
        return inbound.size();
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    /** The exception that ended the kernel thread, if one did. */
    public Throwable crash() {
        return crash;
    }

    @Override
    public void close() throws InterruptedException {
        accepting = false;
        thread.interrupt();
        thread.join();
        int stranded = inbound.size();
        if (stranded > 0) {
            // A sender raced close(): say so rather than lose its messages without a word.
            crashReporter.accept(new IllegalStateException(
                    stranded + " message(s) arrived while the kernel was closing and were not processed"));
        }
    }

    /**
     * Checks the queue for up to {@link #SPIN_NANOS} before the thread parks: market data comes in
     * bursts, and waking a parked thread costs tens of microseconds on a virtual machine, more than
     * processing a message. Never spins past a due timer.
     */
    private Message spinForNext() {
        Message message = inbound.poll();
        if (message != null || !accepting) {
            return message; // the busy case: no clock reads
        }
        long deadline = System.nanoTime() + Math.min(SPIN_NANOS, Math.max(0, clock.nanosUntilNextTimer()));
        do {
            Thread.onSpinWait();
            message = inbound.poll();
            if (message != null || !accepting) {
                return message;
            }
        } while (System.nanoTime() < deadline);
        return null;
    }

    private void loop() {
        try {
            kernel.start();
        } catch (RuntimeException | Error failure) {
            crash = failure;
            started.countDown();
            crashReporter.accept(failure);
            return;
        }
        started.countDown();
        try {
            while (accepting) {
                Message message = spinForNext();
                try {
                    if (message == null) {
                        long wait = Math.min(clock.nanosUntilNextTimer(), MAX_IDLE_NANOS);
                        message = inbound.poll(wait, TimeUnit.NANOSECONDS);
                    }
                } catch (InterruptedException interrupted) {
                    // close() interrupts to wake us; the loop condition decides.
                    continue;
                }
                clock.fireDueTimers();
                if (message != null) {
                    kernel.process(message);
                }
            }
            Message remaining;
            while ((remaining = inbound.poll()) != null) {
                kernel.process(remaining);
            }
            kernel.stop();
        } catch (RuntimeException | Error failure) {
            crash = failure;
            crashReporter.accept(failure);
        }
    }
}
