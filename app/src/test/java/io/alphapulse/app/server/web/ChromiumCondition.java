package io.alphapulse.app.server.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Evaluates {@link RequiresChromium}, and launches that Chromium for the tests it lets run. */
final class ChromiumCondition implements ExecutionCondition {

    /** Debian's {@code chromium} package: Playwright drives it instead of downloading its own browser. */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Predicate<Path> installed;
    private final boolean underCi;

    ChromiumCondition() {
        this(Files::isExecutable, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    ChromiumCondition(Predicate<Path> installed, boolean underCi) {
        this.installed = installed;
        this.underCi = underCi;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate();
        if (result.isDisabled()) {
            // Visible in the build log, so a local run never skips silently.
            System.err.println("[SKIPPED] " + context.getDisplayName() + ": "
                    + result.getReason().orElse(""));
        }
        return result;
    }

    ConditionEvaluationResult evaluate() {
        if (installed.test(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        if (underCi) {
            throw new IllegalStateException(
                    "no Chromium at " + CHROMIUM
                            + ", and CI=true: browser tests must not skip. Install it (apt-get install chromium; .ci/run does).");
        }
        return ConditionEvaluationResult.disabled("no Chromium at " + CHROMIUM
                + ": skipped locally (apt-get install chromium; under CI=true this fails)");
    }

    /** Playwright without its browser download: it drives {@link #CHROMIUM}. */
    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The system Chromium, headless, with the flags it needs in a container (no sandbox, no GPU). */
    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }
}
