package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.ControlsView;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.SignalView;
import io.alphapulse.app.server.live.StrategyView;
import io.alphapulse.app.server.live.TradeView;
import io.alphapulse.app.server.live.TradingCommands;
import io.alphapulse.app.server.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/signals}, {@code /api/trades}, {@code /api/strategies}, {@code /api/controls}. */
@RestController
@RequestMapping("/api")
@Tag(name = "trading", description = "Signals, fills, strategies and the trading switches")
public class TradingController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final int MAX_PARAMETER_LENGTH = 64;

    private final LiveView view;
    private final TradingCommands commands;

    public TradingController(LiveView view, TradingCommands commands) {
        this.view = view;
        this.commands = commands;
    }

    @GetMapping("/signals")
    @Operation(summary = "Recent strategy signals, newest first (limit 1..1000, default 100)")
    public List<SignalView> signals(@RequestParam(required = false) Integer limit) {
        return view.signals(RequestChecks.limit(limit, "limit", DEFAULT_LIMIT, MAX_LIMIT));
    }

    @GetMapping("/trades")
    @Operation(summary = "Recent fills the caller may see, newest first (limit 1..1000, default 100)")
    public List<TradeView> trades(
            @RequestParam(required = false) Integer limit, @Parameter(hidden = true) CurrentUser user) {
        return view.trades(user.id(), RequestChecks.limit(limit, "limit", DEFAULT_LIMIT, MAX_LIMIT));
    }

    @GetMapping("/strategies")
    @Operation(summary = "Running strategies with their parameters")
    public List<StrategyView> strategies() {
        return view.strategies();
    }

    @PutMapping("/strategies/{name}")
    @Operation(
            summary = "Enable/disable a strategy and/or change its parameters",
            description = "{enabled?, parameters?: {name: value}}; a parameter change restarts the strategy.")
    public StrategyView updateStrategy(@PathVariable String name, @Valid @RequestBody StrategyUpdate update) {
        boolean known =
                view.strategies().stream().anyMatch(strategy -> strategy.name().equals(name));
        if (!known) {
            throw ApiRequestException.notFound("name", "no strategy '" + IndicatorCatalog.abbreviate(name) + "'");
        }
        Map<String, String> parameters = update.parameters();
        if (update.enabled() == null && (parameters == null || parameters.isEmpty())) {
            throw ApiRequestException.invalid("enabled", "give enabled and/or parameters to change");
        }
        if (parameters != null) {
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                String field = "parameters." + IndicatorCatalog.abbreviate(parameter.getKey());
                if (parameter.getKey().isBlank() || parameter.getKey().length() > MAX_PARAMETER_LENGTH) {
                    throw ApiRequestException.invalid(field, "parameter names are 1 to 64 characters");
                }
                if (parameter.getValue() == null
                        || parameter.getValue().isBlank()
                        || parameter.getValue().length() > MAX_PARAMETER_LENGTH) {
                    throw ApiRequestException.invalid(field, "parameter values are 1 to 64 characters");
                }
            }
        }
        return commands.updateStrategy(name, update.enabled(), parameters);
    }

    @GetMapping("/controls")
    @Operation(summary = "The trading switches: running, paused or halted")
    public ControlsView controls() {
        return view.controls();
    }

    @PostMapping("/controls")
    @Operation(
            summary = "Pause, resume, or halt (kill switch: cancels open orders, accepts nothing until resumed)",
            description = "{action: pause|resume|halt|kill}")
    public ControlsView control(
            @Valid @RequestBody ControlCommand command, @Parameter(hidden = true) CurrentUser user) {
        return switch (command.action().toLowerCase(Locale.ROOT)) {
            case "pause" -> commands.pause(user.username());
            case "resume" -> commands.resume(user.username());
            default -> commands.halt(user.username());
        };
    }
}
