package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads client messages into {@link ClientCommand}s, naming the field at fault when one is wrong. */
final class ClientCommandParser {

    private static final List<String> TOPICS_IN_ORDER = List.of(
            LiveEvent.PRICES,
            LiveEvent.BARS,
            LiveEvent.SIGNALS,
            LiveEvent.ORDERS,
            LiveEvent.TRADES,
            LiveEvent.PORTFOLIO,
            LiveEvent.ALERTS,
            LiveEvent.NEWS,
            LiveEvent.SYSTEM);

    /** The topics a client may subscribe to. */
    static final Set<String> TOPICS = Set.copyOf(TOPICS_IN_ORDER);

    private static final String TOPIC_LIST = String.join(", ", TOPICS_IN_ORDER);

    private final JsonMapper mapper;

    ClientCommandParser(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws InvalidClientMessageException when {@code text} is not JSON, has no known {@code op} or a
     *     field of it is missing or wrong
     */
    ClientCommand parse(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidClientMessageException("message is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidClientMessageException("message must be a JSON object");
        }
        JsonNode op = root.get("op");
        if (op == null || !op.isString()) {
            throw new InvalidClientMessageException("op is missing: use auth, subscribe, unsubscribe or ping");
        }
        return switch (op.stringValue()) {
            case "auth" -> new ClientCommand.Authenticate(token(root));
            case "subscribe" -> new ClientCommand.Subscribe(topics(root));
            case "unsubscribe" -> new ClientCommand.Unsubscribe(topics(root));
            case "ping" -> new ClientCommand.Ping();
            default ->
                throw new InvalidClientMessageException("op '" + abbreviate(op.stringValue())
                        + "' is unknown: use auth, subscribe, unsubscribe or ping");
        };
    }

    private static String token(JsonNode root) {
        JsonNode token = root.get("token");
        if (token == null || !token.isString() || token.stringValue().isBlank()) {
            throw new InvalidClientMessageException(
                    "token is missing: send {\"op\":\"auth\",\"token\":\"<access token>\"}");
        }
        return token.stringValue();
    }

    private static Set<String> topics(JsonNode root) {
        JsonNode topics = root.get("topics");
        if (topics == null || !topics.isArray() || topics.isEmpty()) {
            throw new InvalidClientMessageException("topics must be a non-empty array of: " + TOPIC_LIST);
        }
        Set<String> parsed = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode topic : topics) {
            if (!topic.isString()) {
                throw new InvalidClientMessageException("topics must be strings, one of: " + TOPIC_LIST);
            }
            String name = topic.stringValue();
            if (TOPICS.contains(name)) {
                parsed.add(name);
            } else {
                unknown.add(abbreviate(name));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidClientMessageException(
                    "topics " + unknown + " unknown: use " + TOPIC_LIST + " (nothing was changed)");
        }
        return Set.copyOf(parsed);
    }

    /** Client text echoed in an error is kept short. */
    private static String abbreviate(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "...";
    }
}
