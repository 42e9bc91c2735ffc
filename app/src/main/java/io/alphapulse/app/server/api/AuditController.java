package io.alphapulse.app.server.api;

import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.audit.LoggedAuditEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/system/audit} (admin): the append-only audit log, newest first, filtered by time
 * range (epoch milliseconds, {@code from} inclusive, {@code to} exclusive), actor and action.
 */
@RestController
@Tag(name = "system", description = "Health and metrics")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** One audit entry as shown; {@code ts} is epoch milliseconds. */
    record AuditView(
            long id,
            long ts,
            String actor,
            String action,
            String target,
            String outcome,
            String detail,
            String sourceIp) {
        static AuditView of(LoggedAuditEntry logged) {
            var entry = logged.entry();
            return new AuditView(
                    logged.id(),
                    entry.occurredAt().toEpochMilli(),
                    entry.actor(),
                    entry.action(),
                    entry.target(),
                    entry.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    entry.detail(),
                    entry.sourceIp());
        }
    }

    @GetMapping("/api/system/audit")
    @Operation(summary = "The audit log, newest first (admin); filter by from/to (epoch ms), actor, action")
    List<AuditView> audit(
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer limit)
            throws SQLException {
        int rows = RequestChecks.limit(limit, "limit", 100, AuditQuery.MAX_LIMIT);
        RequestChecks.epochMillis(from, "from");
        RequestChecks.epochMillis(to, "to");
        if (from != null && to != null && from >= to) {
            throw ApiRequestException.badParameter("to", "to must be after from");
        }
        AuditQuery query = new AuditQuery(
                from == null ? null : Instant.ofEpochMilli(from),
                to == null ? null : Instant.ofEpochMilli(to),
                blankToNull(actor),
                blankToNull(action),
                rows);
        return audit.find(query).stream().map(AuditView::of).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
