package io.alphapulse.app.server.live;

/**
 * The trading switches.
 *
 * @param state {@code running}, {@code paused} (strategies send no new orders; manual orders still
 *     allowed, closing only) or {@code halted} (kill switch: open orders canceled, nothing new accepted
 *     until resumed)
 * @param changedAt epoch milliseconds of the last change
 * @param changedBy the user who made it, or {@code system}
 */
public record ControlsView(String state, long changedAt, String changedBy) {}
