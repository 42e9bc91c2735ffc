package io.alphapulse.app.server.api;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * {@code PUT /api/strategies/{name}}: {@code enabled} switches the strategy on or off, {@code
 * parameters} replaces the named parameters (values as strings or numbers); at least one is required.
 */
public record StrategyUpdate(
        Boolean enabled,

        @Size(max = 32, message = "may change at most 32 parameters")
        Map<String, String> parameters) {}
