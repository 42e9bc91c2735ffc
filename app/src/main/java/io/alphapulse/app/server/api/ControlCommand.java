package io.alphapulse.app.server.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/controls}: {@code pause}, {@code resume}, or {@code halt} (the kill switch; also {@code kill}). */
public record ControlCommand(
        @NotNull @Pattern(regexp = "(?i)pause|resume|halt|kill", message = "must be pause, resume, halt or kill")
        String action) {}
