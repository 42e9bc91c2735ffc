package io.alphapulse.infra.store.news;

import java.util.List;

/**
 * An article as stored, with every model's sentiment on it.
 *
 * @param id its id
 * @param article the article
 * @param sentiments the sentiments, by model name
 */
public record StoredNewsArticle(long id, NewsArticle article, List<NewsSentiment> sentiments) {

    public StoredNewsArticle {
        sentiments = List.copyOf(sentiments);
    }
}
