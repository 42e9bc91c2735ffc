package io.alphapulse.infra.store.news;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A news article as a source published it.
 *
 * @param source where it came from, e.g. {@code cryptopanic}
 * @param externalId the source's own id, or {@code null}; with it the article is unique per source by id,
 *     without it by URL
 * @param url the article's address
 * @param title its title
 * @param summary its summary, or {@code null}
 * @param publishedAt when the source published it
 * @param symbols the instruments it is about, e.g. {@code BTC-USDT}; may be empty
 */
public record NewsArticle(
        String source,
        String externalId,
        String url,
        String title,
        String summary,
        Instant publishedAt,
        List<String> symbols) {

    public NewsArticle {
        requireText(source, "source");
        requireText(url, "url");
        requireText(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        symbols = symbols.stream().distinct().sorted().toList();
        for (String symbol : symbols) {
            requireText(symbol, "symbol");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("news article " + what + " must not be blank: '" + value + "'");
        }
    }
}
