package io.alphapulse.infra.store.news;

import java.time.Instant;
import java.util.Objects;

/**
 * One model's sentiment on one article; a model scores an article once, a later score replaces it.
 *
 * @param articleId the article
 * @param model the model's name, e.g. {@code finbert}
 * @param score from -1 (negative) to 1 (positive); a statistic, so a double
 * @param label the verdict in one word
 * @param scoredAt when it was scored
 */
public record NewsSentiment(long articleId, String model, double score, SentimentLabel label, Instant scoredAt) {

    public NewsSentiment {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("sentiment model must not be blank: '" + model + "'");
        }
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("sentiment score of " + model + " must be in [-1, 1]: " + score);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scoredAt, "scoredAt");
    }
}
