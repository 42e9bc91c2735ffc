package io.alphapulse.app.server.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a security capture directory (see {@link SecurityCapture}) and finds every line of a captured
 * response, WebSocket message or log line that contains a recorded secret.
 */
final class SecretScan {

    /** One secret found: where, and which kind (never the value itself). */
    record Hit(Path file, int line, String kind) {
        @Override
        public String toString() {
            return file + ":" + line + " contains the " + kind;
        }
    }

    /** What a scan saw and found. */
    record Result(Map<String, String> secrets, Map<String, Integer> linesByArea, List<Hit> hits) {}

    private SecretScan() {}

    static Result scan(Path directory) throws IOException {
        Map<String, String> secrets = secrets(directory.resolve(SecurityCapture.SECRETS));
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (String area : List.of(SecurityCapture.HTTP, SecurityCapture.WEBSOCKET, SecurityCapture.LOGS)) {
            int count = 0;
            for (Path file : files(directory.resolve(area))) {
                // Lenient decoding: a binary body must not stop the scan; secrets are text.
                String[] text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
                String response = "";
                for (int i = 0; i < text.length; i++) {
                    if (area.equals(SecurityCapture.HTTP) && text[i].startsWith(ResponseCaptureFilter.RESPONSE_START)) {
                        response = text[i];
                    }
                    for (Map.Entry<String, String> secret : secrets.entrySet()) {
                        if (text[i].contains(secret.getKey()) && !shownOnPurpose(secret.getValue(), response)) {
                            hits.add(new Hit(file, i + 1, secret.getValue()));
                        }
                    }
                }
                count += text.length;
            }
            lines.put(area, count);
        }
        return new Result(secrets, lines, hits);
    }

    /** An API key's text belongs in the one answer that creates it, and nowhere else. */
    private static boolean shownOnPurpose(String kind, String response) {
        return kind.equals(SecurityCapture.API_KEY) && response.startsWith(API_KEY_CREATED);
    }

    /** The first line of a captured answer that creates an API key. */
    static final String API_KEY_CREATED = ResponseCaptureFilter.RESPONSE_START + "201 POST /api/user/api-keys ";

    /** Secret value → its kind, from every {@code secrets/*.log} line {@code kind<TAB>base64(value)}. */
    private static Map<String, String> secrets(Path directory) throws IOException {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Path file : files(directory)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    String value =
                            new String(Base64.getDecoder().decode(line.substring(tab + 1)), StandardCharsets.UTF_8);
                    secrets.putIfAbsent(value, line.substring(0, tab));
                }
            }
        }
        return secrets;
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
