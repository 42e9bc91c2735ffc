package io.alphapulse.app.server.security.passkeys;

import io.alphapulse.app.server.api.ApiRequestException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON both passkey controllers share: ceremony answers carry the WebAuthn library's options (written
 * by its own Jackson 2) under {@code publicKey}; the browser's credential is handed to the library as
 * text.
 */
final class PasskeyJson {

    /** A credential is a few kilobytes at most; the request body limit bounds it anyway. */
    private static final int MAX_CREDENTIAL_CHARS = 32 * 1024;

    private final JsonMapper mapper;

    PasskeyJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code {ceremonyId, publicKey}} for a started ceremony. */
    ObjectNode started(Passkeys.Started started) {
        ObjectNode answer = mapper.createObjectNode();
        answer.put("ceremonyId", started.ceremonyId());
        answer.set("publicKey", mapper.readTree(started.publicKeyJson()).get("publicKey"));
        return answer;
    }

    /** The credential object as JSON text for the library; 400 naming {@code credential} when not an object. */
    String credential(JsonNode credential) {
        if (credential == null || credential.isNull() || credential.isMissingNode()) {
            throw ApiRequestException.badParameter("credential", "credential is required");
        }
        if (!credential.isObject()) {
            throw ApiRequestException.badParameter("credential", "credential must be a PublicKeyCredential object");
        }
        String text = mapper.writeValueAsString(credential);
        if (text.length() > MAX_CREDENTIAL_CHARS) {
            throw ApiRequestException.badParameter("credential", "credential is too large");
        }
        return text;
    }

    /** The ceremony id as sent; 400 naming {@code ceremonyId} when missing. */
    static String ceremonyId(String ceremonyId) {
        if (ceremonyId == null || ceremonyId.isBlank()) {
            throw ApiRequestException.badParameter("ceremonyId", "ceremonyId is required");
        }
        return ceremonyId;
    }

    /** 503 with Retry-After: too many ceremonies are open. */
    static ResponseEntity<ProblemDetail> busy(CeremonyStore.FullException full) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "too many passkey ceremonies in progress; retry later");
        problem.setTitle("Service Unavailable");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(full.retryAfterSeconds()))
                .body(problem);
    }
}
