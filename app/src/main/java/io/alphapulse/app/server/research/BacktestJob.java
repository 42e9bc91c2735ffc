package io.alphapulse.app.server.research;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.UUID;

/**
 * A backtest job as the API shows it.
 *
 * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param progress bars replayed / bars, 0..1
 * @param error why it failed, else {@code null}
 * @param result when done, the result in the exact JSON of {@code ./alphapulse backtest --json}, else
 *     {@code null}
 */
public record BacktestJob(
        String id,
        String status,
        double progress,
        String strategy,
        String symbol,
        String timeframe,
        long submittedAt,
        Long startedAt,
        Long finishedAt,
        String error,
        @JsonRawValue String result) {

    /** Internal: who may see the job. */
    record Owned(UUID owner, BacktestJob job) {}
}
