package io.alphapulse.infra.store.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the news store must do, on SQLite and on PostgreSQL alike. */
abstract class NewsRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-04-05T06:07:08.009Z");

    private TestDatabase store;
    private NewsRepository news;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        news = new NewsRepository(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void save_thenLatest_returnsTheArticleWithItsSymbols() throws SQLException {
        NewsArticle article = article("feed", "42", "https://example.com/a", T0, List.of("ETH-USDT", "BTC-USDT"));

        long id = news.save(article);

        assertThat(news.latest(10)).containsExactly(new StoredNewsArticle(id, article, List.of()));
        assertThat(article.symbols()).containsExactly("BTC-USDT", "ETH-USDT");
    }

    @Test
    void save_sameSourceAndExternalIdTwice_keepsOneArticle() throws SQLException {
        long first = news.save(article("feed", "42", "https://example.com/a", T0, List.of("BTC-USDT")));
        long again = news.save(article("feed", "42", "https://example.com/a?utm=x", T0, List.of("ETH-USDT")));
        long otherSource = news.save(article("wire", "42", "https://example.com/a", T0, List.of()));

        assertThat(again).isEqualTo(first);
        assertThat(otherSource).isNotEqualTo(first);
        assertThat(news.latest(10)).hasSize(2);
        assertThat(news.latestAbout("ETH-USDT", 10))
                .as("a repeat changes nothing")
                .isEmpty();
    }

    @Test
    void save_withoutExternalId_isUniqueByUrl() throws SQLException {
        long first = news.save(article("blog", null, "https://example.com/post", T0, List.of()));
        long again = news.save(article("blog", null, "https://example.com/post", T0.plusSeconds(1), List.of()));
        long other = news.save(article("blog", null, "https://example.com/other", T0, List.of()));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void latestAbout_returnsOnlyThatSymbol_newestFirst_withinTheLimit() throws SQLException {
        long old = news.save(article("feed", "1", "https://e.com/1", T0, List.of("BTC-USDT")));
        news.save(article("feed", "2", "https://e.com/2", T0.plusSeconds(60), List.of("ETH-USDT")));
        long recent = news.save(article("feed", "3", "https://e.com/3", T0.plusSeconds(120), List.of("BTC-USDT")));

        assertThat(news.latestAbout("BTC-USDT", 10))
                .extracting(StoredNewsArticle::id)
                .containsExactly(recent, old);
        assertThat(news.latestAbout("BTC-USDT", 1))
                .extracting(StoredNewsArticle::id)
                .containsExactly(recent);
    }

    @Test
    void saveSentiment_keepsOneScorePerModel_theLatest() throws SQLException {
        long id = news.save(article("feed", "1", "https://e.com/1", T0, List.of("BTC-USDT")));
        NewsSentiment vader = new NewsSentiment(id, "vader", -0.25, SentimentLabel.NEGATIVE, T0);
        NewsSentiment rescored = new NewsSentiment(id, "finbert", 0.875, SentimentLabel.POSITIVE, T0.plusSeconds(2));
        news.saveSentiment(new NewsSentiment(id, "finbert", 0.1, SentimentLabel.NEUTRAL, T0.plusSeconds(1)));
        news.saveSentiment(vader);
        news.saveSentiment(rescored);

        assertThat(news.latestAbout("BTC-USDT", 1).getFirst().sentiments()).containsExactly(rescored, vader);
    }

    @Test
    void sentiment_outsideMinusOneToOne_isRefusedNamingIt() {
        assertThatThrownBy(() -> new NewsSentiment(1, "finbert", 1.5, SentimentLabel.POSITIVE, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }

    private static NewsArticle article(
            String source, String externalId, String url, Instant published, List<String> symbols) {
        return new NewsArticle(source, externalId, url, "Title " + url, "Summary", published, symbols);
    }
}
