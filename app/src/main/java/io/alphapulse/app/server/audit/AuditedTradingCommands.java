package io.alphapulse.app.server.audit;

import io.alphapulse.app.server.live.ControlsView;
import io.alphapulse.app.server.live.OrderRequest;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.StrategyView;
import io.alphapulse.app.server.live.TradingCommands;
import io.alphapulse.app.server.live.TradingRequestException;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.app.server.security.CurrentUsers;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every order, cancel, control action and strategy change the API asks for to the audit log,
 * with the caller from the request's security context and the outcome: {@code success}, {@code
 * denied} (refused by validation, risk or the venue, with the reason) or {@code failure}.
 */
final class AuditedTradingCommands implements TradingCommands {

    private static final Logger log = LoggerFactory.getLogger(AuditedTradingCommands.class);

    private final TradingCommands delegate;
    private final AuditLog audit;
    private final Clock clock;

    AuditedTradingCommands(TradingCommands delegate, AuditLog audit, Clock clock) {
        this.delegate = delegate;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public OrderView submit(OrderRequest request, UUID owner) {
        String detail = request.side() + " " + request.quantity() + " " + request.venue() + ":" + request.symbol() + " "
                + request.type() + (request.price() == null ? "" : " @ " + request.price())
                + (request.stopPrice() == null ? "" : " stop " + request.stopPrice());
        return audited(
                "order.submit", request.clientOrderId(), detail, () -> delegate.submit(request, owner), OrderView::id);
    }

    @Override
    public OrderView cancel(String clientOrderId, UUID owner) {
        return audited("order.cancel", clientOrderId, null, () -> delegate.cancel(clientOrderId, owner), OrderView::id);
    }

    @Override
    public ControlsView pause(String by) {
        return audited("control.pause", null, null, () -> delegate.pause(by), ControlsView::state);
    }

    @Override
    public ControlsView resume(String by) {
        return audited("control.resume", null, null, () -> delegate.resume(by), ControlsView::state);
    }

    @Override
    public ControlsView halt(String by) {
        return audited("control.halt", null, null, () -> delegate.halt(by), ControlsView::state);
    }

    @Override
    public StrategyView updateStrategy(String name, Boolean enabled, Map<String, String> parameters) {
        String detail = (enabled == null ? "" : "enabled=" + enabled + " ") + (parameters == null ? "" : parameters);
        return audited(
                "strategy.update",
                name,
                detail.strip(),
                () -> delegate.updateStrategy(name, enabled, parameters),
                StrategyView::name);
    }

    private <T> T audited(
            String action,
            String target,
            String detail,
            Supplier<T> call,
            java.util.function.Function<T, String> result) {
        try {
            T answer = call.get();
            String resolved = target != null ? target : result.apply(answer);
            record(action, resolved, AuditOutcome.SUCCESS, detail);
            return answer;
        } catch (TradingRequestException refused) {
            record(action, target, AuditOutcome.DENIED, join(detail, refused.getMessage()));
            throw refused;
        } catch (RuntimeException failed) {
            record(
                    action,
                    target,
                    AuditOutcome.FAILURE,
                    join(detail, failed.getClass().getSimpleName()));
            throw failed;
        }
    }

    private static String join(String detail, String reason) {
        return detail == null ? reason : detail + ": " + reason;
    }

    private void record(String action, String target, AuditOutcome outcome, String detail) {
        String actor = CurrentUsers.current().map(CurrentUser::username).orElse("system");
        String bounded = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        try {
            audit.append(new AuditEntry(clock.instant(), actor, action, target, outcome, bounded, null));
        } catch (SQLException | RuntimeException e) {
            log.error("Could not write audit entry {} {} for {}: {}", action, outcome, actor, e.toString());
        }
    }
}
