package io.alphapulse.app.server.api;

import java.util.UUID;

/** Ids taken from request paths. */
public final class PathIds {

    private PathIds() {}

    /**
     * {@code text} as a UUID.
     *
     * @param what names the resource in the problem, e.g. {@code "passkey"}
     * @throws ApiRequestException 404 naming {@code id} when {@code text} is not a UUID: nothing can have
     *     that id, exactly as for an unknown one (the text is echoed with anything but letters, digits
     *     and dashes masked)
     */
    public static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw ApiRequestException.notFound("id", "no " + what + " '" + text.replaceAll("[^A-Za-z0-9-]", "?") + "'");
        }
    }
}
