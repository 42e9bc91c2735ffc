package io.alphapulse.app.server.live;

import java.util.List;

/**
 * Health of live trading.
 *
 * @param kernelAlive whether the kernel thread runs
 * @param eventsProcessed messages the kernel processed since start
 * @param inboundQueued messages waiting for the kernel
 * @param feeds one entry per market-data feed
 */
public record TradingStatus(
        boolean kernelAlive, long eventsProcessed, int inboundQueued, List<FeedStatus> feeds, List<String> venues) {

    /**
     * @param lastMessageAgeMillis how long ago the feed delivered its last message; -1 before the first
     * @param stale whether that age is beyond the staleness limit
     */
    public record FeedStatus(
            String name,
            String venue,
            boolean running,
            long delivered,
            long refused,
            long lastMessageAgeMillis,
            boolean stale) {}
}
