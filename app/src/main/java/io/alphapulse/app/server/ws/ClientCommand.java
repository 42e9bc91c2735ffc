package io.alphapulse.app.server.ws;

import java.util.Set;

/** A message a client sends (ARCHITECTURE.md §7), parsed by {@link ClientCommandParser}. */
sealed interface ClientCommand {

    /** {@code {"op":"auth","token":"<access token>"}}: must be the first message. */
    record Authenticate(String token) implements ClientCommand {
        @Override
        public String toString() {
            return "Authenticate[token=<hidden>]";
        }
    }

    /** {@code {"op":"subscribe","topics":[...]}}. */
    record Subscribe(Set<String> topics) implements ClientCommand {}

    /** {@code {"op":"unsubscribe","topics":[...]}}. */
    record Unsubscribe(Set<String> topics) implements ClientCommand {}

    /** {@code {"op":"ping"}}: answered by a {@code pong}. */
    record Ping() implements ClientCommand {}
}
