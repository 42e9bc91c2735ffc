package io.alphapulse.engine.kernel;

/** A handler's registration on the bus; cancel it to stop receiving. */
public interface Subscription {

    /** Stops delivery to this handler. Cancelling twice has no further effect. */
    void cancel();
}
