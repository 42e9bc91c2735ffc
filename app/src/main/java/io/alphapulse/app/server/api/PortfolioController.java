package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.EquityPoint;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.OrderRequest;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.PositionView;
import io.alphapulse.app.server.live.TradingCommands;
import io.alphapulse.app.server.live.TradingRequestException;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/portfolio}: the paper account, its positions and equity history, and rebalancing. */
@RestController
@RequestMapping("/api/portfolio")
@Tag(name = "portfolio", description = "The paper account")
public class PortfolioController {

    private final LiveView view;
    private final TradingCommands commands;

    public PortfolioController(LiveView view, TradingCommands commands) {
        this.view = view;
        this.commands = commands;
    }

    /** The headline figures of ARCHITECTURE.md §6 in the reporting currency, plus every currency's account. */
    public record Summary(
            String currency,
            BigDecimal equity,
            BigDecimal cash,
            BigDecimal realizedPnl,
            BigDecimal unrealizedPnl,
            BigDecimal dayPnl,
            BigDecimal fees,
            List<PortfolioView.CurrencyBalance> accounts,
            long ts) {}

    /** A rebalance: the plan, and when not a dry run the orders as submitted (or why each failed). */
    public record Rebalance(
            boolean dryRun,
            String currency,
            BigDecimal equity,
            List<RebalancePlanner.PlannedOrder> planned,
            List<Submitted> orders) {}

    /** One submitted order: the order, or the reason it was refused. */
    public record Submitted(String symbol, OrderView order, String error, String field) {}

    @GetMapping("/summary")
    @Operation(summary = "Equity, cash, realized/unrealized/day P&L and fees, with each currency's account")
    public Summary summary() {
        PortfolioView portfolio = view.portfolio();
        return new Summary(
                portfolio.currency(),
                portfolio.equity(),
                portfolio.cash(),
                portfolio.realizedPnl(),
                portfolio.unrealizedPnl(),
                portfolio.dayPnl(),
                portfolio.fees(),
                portfolio.accounts(),
                portfolio.ts());
    }

    @GetMapping("/positions")
    @Operation(summary = "Open positions, marked to the last price")
    public List<PositionView> positions() {
        return view.portfolio().positions();
    }

    @GetMapping("/history")
    @Operation(summary = "Equity points, oldest first")
    public List<EquityPoint> history() {
        return view.equityHistory();
    }

    @PostMapping("/rebalance")
    @Operation(
            summary = "Plan (dryRun, the default) or place the market orders that reach target weights",
            description = "targets: {symbol: weight}, weights of current equity in [0, 1] summing to at most 1;"
                    + " symbols not named keep their positions. Placing orders needs the trader role.")
    public Rebalance rebalance(
            @Valid @RequestBody RebalanceRequest request, @Parameter(hidden = true) CurrentUser user) {
        RebalancePlanner.Plan plan = RebalancePlanner.plan(view, request.targets());
        if (request.isDryRun()) {
            return new Rebalance(true, plan.currency(), plan.equity(), plan.orders(), List.of());
        }
        if (!user.has(Role.TRADER)) {
            throw ApiRequestException.forbidden("placing rebalance orders needs the trader role");
        }
        List<Submitted> submitted = new ArrayList<>();
        for (RebalancePlanner.PlannedOrder order : plan.orders()) {
            OrderRequest orderRequest = new OrderRequest(
                    order.venue(), order.symbol(), order.side(), "market", order.quantity(), null, null, null, null);
            try {
                submitted.add(new Submitted(order.symbol(), commands.submit(orderRequest, user.id()), null, null));
            } catch (TradingRequestException refused) {
                submitted.add(new Submitted(order.symbol(), null, refused.getMessage(), refused.field()));
            }
        }
        return new Rebalance(false, plan.currency(), plan.equity(), plan.orders(), submitted);
    }
}
