package io.alphapulse.app.server.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.http.HttpMethod;

/**
 * A seeded generator of malformed requests against every API endpoint: wrong types, missing fields,
 * huge and non-finite numbers, negative and zero quantities, unknown enum values, broken JSON, wrong
 * content types, garbage paths, wrong methods, oversized values and bad query parameters. The same seed
 * gives the same requests.
 */
final class MalformedRequests {

    /** One request to send; {@code body} and {@code contentType} may be {@code null}. */
    record Request(
            String kind, HttpMethod method, URI uri, Map<String, String> params, String contentType, String body) {

        @Override
        public String toString() {
            String shownBody = body == null ? "" : " " + (body.length() > 120 ? body.substring(0, 120) + "..." : body);
            return kind + ": " + method + " " + uri + " " + params.keySet() + " " + contentType + shownBody;
        }
    }

    /** A JSON endpoint and a valid body for it, field by field (raw JSON values). */
    private record BodyEndpoint(HttpMethod method, String path, Map<String, String> fields) {}

    /** A GET endpoint and its query parameters. */
    private record QueryEndpoint(String path, List<String> parameters) {}

    private static final List<QueryEndpoint> QUERIES = List.of(
            new QueryEndpoint("/api/market/prices", List.of()),
            new QueryEndpoint("/api/market/history", List.of("symbol", "timeframe", "from", "to", "limit")),
            new QueryEndpoint("/api/market/indicators", List.of("symbol", "timeframe", "name", "period", "limit")),
            new QueryEndpoint("/api/portfolio/summary", List.of()),
            new QueryEndpoint("/api/portfolio/positions", List.of()),
            new QueryEndpoint("/api/portfolio/history", List.of()),
            new QueryEndpoint("/api/exchange/balance", List.of("venue")),
            new QueryEndpoint("/api/exchange/orders", List.of("status")),
            new QueryEndpoint("/api/signals", List.of("limit")),
            new QueryEndpoint("/api/trades", List.of("limit")),
            new QueryEndpoint("/api/strategies", List.of()),
            new QueryEndpoint("/api/controls", List.of()),
            new QueryEndpoint("/api/system/status", List.of()),
            new QueryEndpoint("/api/system/metrics", List.of()));

    /** Valid values of the query parameters, mixed with garbage so that one bad parameter is isolated. */
    private static final Map<String, String> VALID_PARAMETERS = Map.of(
            "symbol", "BTC-USDT",
            "timeframe", "1m",
            "from", "1700000000000",
            "to", "1700000600000",
            "limit", "10",
            "name", "sma",
            "period", "5",
            "venue", "sim",
            "status", "open");

    private static final List<BodyEndpoint> BODIES = List.of(
            new BodyEndpoint(
                    HttpMethod.POST,
                    "/api/exchange/order",
                    ordered(
                            "venue",
                            "\"sim\"",
                            "symbol",
                            "\"BTC-USDT\"",
                            "side",
                            "\"buy\"",
                            "type",
                            "\"limit\"",
                            "quantity",
                            "\"0.01\"",
                            "price",
                            "39000",
                            "stopPrice",
                            "null",
                            "timeInForce",
                            "\"gtc\"",
                            "clientOrderId",
                            "\"fuzz-1\"")),
            new BodyEndpoint(
                    HttpMethod.POST,
                    "/api/portfolio/rebalance",
                    ordered("targets", "{\"BTC-USDT\":0.1,\"ETH-USDT\":\"0.2\"}", "dryRun", "true")),
            new BodyEndpoint(
                    HttpMethod.PUT,
                    "/api/strategies/sma-cross",
                    ordered("enabled", "true", "parameters", "{\"fast\":\"12\"}")),
            new BodyEndpoint(HttpMethod.POST, "/api/controls", ordered("action", "\"pause\"")),
            // a symbol without stored bars: every variant is refused, so the fuzz never fills the job queue
            new BodyEndpoint(
                    HttpMethod.POST,
                    "/api/backtest",
                    ordered(
                            "strategy",
                            "\"sma-cross\"",
                            "symbol",
                            "\"NOPE-USDT\"",
                            "timeframe",
                            "\"1m\"",
                            "params",
                            "{\"fast\":5}",
                            "cash",
                            "1000",
                            "feeBps",
                            "10",
                            "slippageBps",
                            "0",
                            "participation",
                            "0.5",
                            "from",
                            "0",
                            "to",
                            "1000")));

    private static final List<String> PATH_PREFIXES = List.of(
            "/api/exchange/orders/",
            "/api/backtest/",
            "/api/strategies/",
            "/api/market/",
            "/api/",
            "/api/system/",
            "/api/portfolio/");

    private static final String[] BAD_VALUES = {
        "\"\"",
        "\"   \"",
        "null",
        "true",
        "false",
        "0",
        "-0",
        "-1",
        "-0.0001",
        "1e999999999",
        "-1e999999999",
        "1e400",
        "-1e-400",
        "99999999999999999999999999999999999",
        "\"99999999999999999999999999999999999\"",
        "0.00000000000000000000000001",
        "\"NaN\"",
        "\"Infinity\"",
        "\"-Infinity\"",
        "\"nan\"",
        "\"1,5\"",
        "\"0x10\"",
        "\"12abc\"",
        "[]",
        "[1,2]",
        "{}",
        "{\"a\":{\"b\":[null]}}",
        "\"unknown-enum\"",
        "\"BUY; DROP\"",
        "\"<script>alert(1)</script>\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"ünïcödé-ß\"",
        "\"sim:sim:sim\"",
        "\"../../etc/passwd\"",
        "\"%00\"",
        "1.5",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "\"2024-01-01T00:00:00Z\""
    };

    private static final String[] BAD_QUERY_VALUES = {
        "",
        " ",
        "abc",
        "-1",
        "0",
        "1.5",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e9",
        "99999999999999999999",
        "9223372036854775807",
        "-9223372036854775808",
        "2147483648",
        "null",
        "undefined",
        "[]",
        "{}",
        "%",
        "%%20",
        "../../etc",
        "<script>",
        "BTC-USDT%00",
        "\u0000",
        "\ud83d\ude80",
        "sim:",
        ":",
        "1m1m",
        "0m",
        "-5m",
        "366d",
        "999999999999d",
        "SMA",
        "sma;drop",
        "OPEN",
        "all,open",
        "x".repeat(5000)
    };

    private static final String[] CONTENT_TYPES = {
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "text/html",
        "application/octet-stream",
        "application/jsonx",
        "image/png",
        "multipart/form-data; boundary=x"
    };

    private final Random random;

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} requests, every endpoint and every kind of malformation represented. */
    List<Request> generate(int count) {
        List<Request> requests = new ArrayList<>(count);
        while (requests.size() < count) {
            int kind = requests.size() % 10;
            requests.add(
                    switch (kind) {
                        case 0, 1 -> badQuery();
                        case 2, 3 -> wrongFieldValue();
                        case 4 -> missingField();
                        case 5 -> brokenJson();
                        case 6 -> wrongContentType();
                        case 7 -> garbagePath();
                        case 8 -> wrongMethod();
                        default -> oversized();
                    });
        }
        return requests;
    }

    private Request badQuery() {
        QueryEndpoint endpoint = pick(QUERIES);
        Map<String, String> params = new LinkedHashMap<>();
        for (String parameter : endpoint.parameters()) {
            if (random.nextInt(3) > 0) {
                params.put(parameter, VALID_PARAMETERS.get(parameter));
            }
        }
        String target = endpoint.parameters().isEmpty() || random.nextInt(5) == 0
                ? pick(List.of("limit", "symbol", "unknown", "from", "x[]"))
                : pick(endpoint.parameters());
        params.put(target, pick(BAD_QUERY_VALUES));
        return new Request("bad query", HttpMethod.GET, URI.create(endpoint.path()), params, null, null);
    }

    private Request wrongFieldValue() {
        BodyEndpoint endpoint = pick(BODIES);
        Map<String, String> fields = new LinkedHashMap<>(endpoint.fields());
        String field = pick(new ArrayList<>(fields.keySet()));
        fields.put(field, pick(BAD_VALUES));
        if (random.nextInt(4) == 0) {
            fields.put(pick(new ArrayList<>(fields.keySet())), pick(BAD_VALUES));
        }
        if (field.equals("targets") || field.equals("parameters") || field.equals("params")) {
            fields.put(field, "{\"" + pick(List.of("BTC-USDT", "fast", "DOGE", "")) + "\":" + pick(BAD_VALUES) + "}");
        }
        return json("wrong value", endpoint, object(fields));
    }

    private Request missingField() {
        BodyEndpoint endpoint = pick(BODIES);
        Map<String, String> fields = new LinkedHashMap<>(endpoint.fields());
        int drops = 1 + random.nextInt(fields.size());
        for (int i = 0; i < drops; i++) {
            fields.remove(pick(new ArrayList<>(fields.keySet())));
        }
        fields.put("unexpected" + random.nextInt(3), pick(BAD_VALUES));
        return json("missing field", endpoint, object(fields));
    }

    private Request brokenJson() {
        BodyEndpoint endpoint = pick(BODIES);
        String valid = object(endpoint.fields());
        String body =
                switch (random.nextInt(10)) {
                    case 0 -> valid.substring(0, random.nextInt(valid.length()));
                    case 1 -> valid.replace(':', '=');
                    case 2 -> valid + "}}";
                    case 3 -> "[" + valid + "]";
                    case 4 -> "\"just a string\"";
                    case 5 -> "[".repeat(5000) + "]".repeat(5000);
                    case 6 -> valid.replace("\"", "'");
                    case 7 -> randomBytes(1 + random.nextInt(200));
                    case 8 -> "";
                    default -> "{\"" + "k".repeat(10) + "\":" + "1".repeat(2000) + "}";
                };
        return json("broken json", endpoint, body);
    }

    private Request wrongContentType() {
        BodyEndpoint endpoint = pick(BODIES);
        String contentType = random.nextInt(6) == 0 ? null : pick(CONTENT_TYPES);
        return new Request(
                "content type",
                endpoint.method(),
                URI.create(endpoint.path()),
                Map.of(),
                contentType,
                object(endpoint.fields()));
    }

    private Request garbagePath() {
        String prefix = pick(PATH_PREFIXES);
        StringBuilder garbage = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 40);
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(10) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f);
            garbage.appendCodePoint(c);
        }
        String path = prefix + encode(garbage.toString());
        HttpMethod method = pick(List.of(HttpMethod.GET, HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.POST));
        boolean body = method == HttpMethod.PUT || method == HttpMethod.POST;
        return new Request(
                "garbage path",
                method,
                URI.create(path),
                Map.of(),
                body ? "application/json" : null,
                body ? "{\"enabled\":true}" : null);
    }

    private Request wrongMethod() {
        List<String> paths = new ArrayList<>();
        QUERIES.forEach(query -> paths.add(query.path()));
        BODIES.forEach(body -> paths.add(body.path()));
        String path = pick(paths);
        HttpMethod method =
                pick(List.of(HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.POST, HttpMethod.GET));
        boolean isGetEndpoint = QUERIES.stream().anyMatch(query -> query.path().equals(path));
        boolean isBodyEndpoint = BODIES.stream().anyMatch(body -> body.path().equals(path) && body.method() == method);
        HttpMethod sent = (isGetEndpoint && method == HttpMethod.GET) || isBodyEndpoint ? HttpMethod.PATCH : method;
        return new Request("wrong method", sent, URI.create(path), Map.of(), "application/json", "{}");
    }

    private Request oversized() {
        BodyEndpoint endpoint = pick(BODIES);
        Map<String, String> fields = new LinkedHashMap<>(endpoint.fields());
        String field = pick(new ArrayList<>(fields.keySet()));
        int size = random.nextInt(3) == 0 ? 200_000 : 1000 + random.nextInt(5000);
        String value =
                switch (random.nextInt(4)) {
                    case 0 -> "\"" + "A".repeat(size) + "\"";
                    case 1 -> "9".repeat(Math.min(size, 5000)) + "." + "9".repeat(50);
                    case 2 -> "{" + manyEntries(Math.min(size / 10, 20_000)) + "}";
                    default -> "[" + "1,".repeat(Math.min(size, 50_000)) + "1]";
                };
        fields.put(field, value);
        return json("oversized", endpoint, object(fields));
    }

    private String manyEntries(int count) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < count; i++) {
            entries.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0.001");
        }
        return entries.toString();
    }

    private Request json(String kind, BodyEndpoint endpoint, String body) {
        return new Request(kind, endpoint.method(), URI.create(endpoint.path()), Map.of(), "application/json", body);
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return json.append('}').toString();
    }

    private String randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
