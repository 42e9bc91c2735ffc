package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientCommandParserTest {

    private final ClientCommandParser parser = new ClientCommandParser(WebSocketConfig.webSocketJson());

    @Test
    void auth_carriesTheToken() {
        assertThat(parser.parse("{\"op\":\"auth\",\"token\":\"abc.def.ghi\"}"))
                .isEqualTo(new ClientCommand.Authenticate("abc.def.ghi"));
    }

    @Test
    void auth_neverShowsTheTokenInItsText() {
        assertThat(new ClientCommand.Authenticate("secret-token").toString()).doesNotContain("secret-token");
    }

    @Test
    void subscribe_andUnsubscribe_carryTheTopics() {
        assertThat(parser.parse("{\"op\":\"subscribe\",\"topics\":[\"prices\",\"orders\",\"prices\"]}"))
                .isEqualTo(new ClientCommand.Subscribe(Set.of("prices", "orders")));
        assertThat(parser.parse("{\"op\":\"unsubscribe\",\"topics\":[\"news\"]}"))
                .isEqualTo(new ClientCommand.Unsubscribe(Set.of("news")));
    }

    @Test
    void subscribe_acceptsEveryTopicOfTheContract() {
        assertThat(
                        parser.parse(
                                "{\"op\":\"subscribe\",\"topics\":[\"prices\",\"bars\",\"signals\",\"orders\",\"trades\",\"portfolio\",\"alerts\",\"news\",\"system\"]}"))
                .isEqualTo(new ClientCommand.Subscribe(ClientCommandParser.TOPICS));
    }

    @Test
    void ping_isAPing() {
        assertThat(parser.parse("{\"op\":\"ping\"}")).isEqualTo(new ClientCommand.Ping());
    }

    @Test
    void subscribe_toAnUnknownTopic_namesIt() {
        assertThatThrownBy(() -> parser.parse("{\"op\":\"subscribe\",\"topics\":[\"prices\",\"weather\"]}"))
                .isInstanceOf(InvalidClientMessageException.class)
                .hasMessageContaining("[weather]")
                .hasMessageContaining("prices, bars");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"op\":\"subscribe\"}",
                "{\"op\":\"subscribe\",\"topics\":[]}",
                "{\"op\":\"subscribe\",\"topics\":\"prices\"}",
                "{\"op\":\"subscribe\",\"topics\":[1]}"
            })
    void subscribe_withoutATopicList_namesTheField(String message) {
        assertThatThrownBy(() -> parser.parse(message))
                .isInstanceOf(InvalidClientMessageException.class)
                .hasMessageStartingWith("topics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"op\":\"auth\"}", "{\"op\":\"auth\",\"token\":\"\"}", "{\"op\":\"auth\",\"token\":5}"})
    void auth_withoutAToken_namesTheField(String message) {
        assertThatThrownBy(() -> parser.parse(message))
                .isInstanceOf(InvalidClientMessageException.class)
                .hasMessageStartingWith("token is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"op\":5}", "{\"topics\":[\"prices\"]}"})
    void message_withoutAnOp_namesTheField(String message) {
        assertThatThrownBy(() -> parser.parse(message))
                .isInstanceOf(InvalidClientMessageException.class)
                .hasMessageStartingWith("op is missing");
    }

    @Test
    void unknownOp_isNamed() {
        assertThatThrownBy(() -> parser.parse("{\"op\":\"buy\"}"))
                .isInstanceOf(InvalidClientMessageException.class)
                .hasMessageContaining("op 'buy' is unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"op\":", "[1,2]", "\"auth\"", ""})
    void malformedJson_isRefused(String message) {
        assertThatThrownBy(() -> parser.parse(message)).isInstanceOf(InvalidClientMessageException.class);
    }
}
