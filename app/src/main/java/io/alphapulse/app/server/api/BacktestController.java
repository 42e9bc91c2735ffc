package io.alphapulse.app.server.api;

import io.alphapulse.app.server.research.BacktestJob;
import io.alphapulse.app.server.research.BacktestJobs;
import io.alphapulse.app.server.research.BacktestRequest;
import io.alphapulse.app.server.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/backtest}: backtests run in the background, each visible to its submitter only. */
@RestController
@RequestMapping("/api/backtest")
@Tag(name = "research", description = "Background backtests")
public class BacktestController {

    private final BacktestJobs jobs;

    public BacktestController(BacktestJobs jobs) {
        this.jobs = jobs;
    }

    /** The answer to a submission. */
    public record Accepted(String id, String status) {}

    @PostMapping
    @Operation(
            summary = "Queue a backtest (202 with the job id)",
            description = "{strategy, data?: sample:btc-1m|sample:aapl-1d, symbol?, timeframe?, from?, to?, params?,"
                    + " cash?, feeBps?, slippageBps?, participation?}; without data the bars come from the store."
                    + " 503 with Retry-After when the queue is full.")
    public ResponseEntity<Accepted> submit(
            @RequestBody BacktestRequest request, @Parameter(hidden = true) CurrentUser user) {
        BacktestJob job = jobs.submit(request, user.id());
        return ResponseEntity.accepted()
                .location(URI.create("/api/backtest/" + job.id()))
                .body(new Accepted(job.id(), job.status()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A backtest's status (queued, running, done, failed), progress 0..1 and, when done, the"
                    + " result as ./alphapulse backtest --json writes it")
    public BacktestJob job(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
        return jobs.find(PathIds.uuid(id, "backtest").toString(), user.id())
                .orElseThrow(() -> ApiRequestException.notFound("id", "no backtest '" + id + "'"));
    }
}
