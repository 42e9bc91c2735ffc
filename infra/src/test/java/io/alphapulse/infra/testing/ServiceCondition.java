package io.alphapulse.infra.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Evaluates {@link RequiresServices}: run, skip (locally) or fail (under CI) depending on reachability. */
final class ServiceCondition implements ExecutionCondition {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final Predicate<Service> reachable;
    private final boolean underCi;

    ServiceCondition() {
        this(ServiceCondition::canConnect, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    ServiceCondition(Predicate<Service> reachable, boolean underCi) {
        this.reachable = reachable;
        this.underCi = underCi;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresServices> annotation =
                AnnotationSupport.findAnnotation(context.getElement(), RequiresServices.class);
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no services required");
        }
        ConditionEvaluationResult result = evaluate(annotation.get().value());
        if (result.isDisabled()) {
            // Visible in the build log, so a local run never skips silently.
            System.err.println("[SKIPPED] " + context.getDisplayName() + ": "
                    + result.getReason().orElse(""));
        }
        return result;
    }

    ConditionEvaluationResult evaluate(Service... services) {
        List<String> missing = new ArrayList<>();
        for (Service service : services) {
            if (!reachable.test(service)) {
                missing.add(service.displayName() + " at " + service.address());
            }
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("services reachable");
        }
        String what = String.join(" and ", missing);
        if (underCi) {
            throw new IllegalStateException(what + " not reachable, and CI=true: integration tests must not skip. "
                    + "Start the service (.ci/run does) and run again.");
        }
        return ConditionEvaluationResult.disabled(what + " not reachable: skipped locally (under CI=true this fails)");
    }

    private static boolean canConnect(Service service) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(service.host(), service.port()), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }
}
