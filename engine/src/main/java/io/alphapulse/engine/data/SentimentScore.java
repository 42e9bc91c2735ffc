package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Message;
import java.util.Objects;

/**
 * How positive or negative the news about an instrument reads, from one source at one moment.
 *
 * @param instrumentId what the news is about
 * @param score from −1 (very negative) to +1 (very positive)
 * @param source which model or feed produced it, e.g. {@code lexicon:news}
 * @param timestampNanos when it was produced, epoch nanoseconds UTC
 */
public record SentimentScore(InstrumentId instrumentId, double score, String source, long timestampNanos)
        implements Message {

    public SentimentScore {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(source, "source");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("sentiment score must be in [-1, 1], was " + score);
        }
    }
}
