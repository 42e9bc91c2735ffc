package io.alphapulse.app.server.live;

/** A strategy's signal: {@code strength} in [-1, 1], positive to buy. */
public record SignalView(String strategy, String venue, String symbol, double strength, long ts) {}
