package io.alphapulse.infra.store.news;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** News articles, the symbols they are about, and their sentiments. */
public final class NewsRepository {

    private static final String ARTICLE_COLUMNS =
            "a.id, a.source, a.external_id, a.url, a.title, a.summary, a.published_at";

    private final Database database;
    private final SqlColumns columns;

    public NewsRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /**
     * Stores {@code article} unless the source already gave it (same external id, or same URL when it has
     * none); feeds re-deliver articles, so a repeat is normal and changes nothing.
     *
     * @return the id of the stored article, new or existing
     */
    public long save(NewsArticle article) throws SQLException {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO news_articles (source, external_id, url, title, summary, published_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id")) {
                insert.setString(1, article.source());
                insert.setString(2, article.externalId());
                insert.setString(3, article.url());
                insert.setString(4, article.title());
                insert.setString(5, article.summary());
                columns.setTime(insert, 6, article.publishedAt());
                try (ResultSet key = insert.executeQuery()) {
                    if (!key.next()) {
                        return existingId(connection, article);
                    }
                    long id = key.getLong(1);
                    insertSymbols(connection, id, article.symbols());
                    return id;
                }
            }
        });
    }

    /** Stores {@code sentiment}, replacing the same model's earlier score of the article. */
    public void saveSentiment(NewsSentiment sentiment) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement upsert = connection.prepareStatement(
                        "INSERT INTO news_sentiments (article_id, model, score, label, scored_at) VALUES (?, ?, ?, ?, ?)"
                                + " ON CONFLICT (article_id, model) DO UPDATE SET score = excluded.score,"
                                + " label = excluded.label, scored_at = excluded.scored_at")) {
            upsert.setLong(1, sentiment.articleId());
            upsert.setString(2, sentiment.model());
            upsert.setDouble(3, sentiment.score());
            upsert.setString(4, sentiment.label().column());
            columns.setTime(upsert, 5, sentiment.scoredAt());
            upsert.executeUpdate();
        }
    }

    /** The latest {@code limit} articles, newest published first, with their sentiments. */
    public List<StoredNewsArticle> latest(int limit) throws SQLException {
        requirePositive(limit);
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS
                        + " FROM news_articles a ORDER BY a.published_at DESC, a.id DESC LIMIT ?")) {
            select.setInt(1, limit);
            return articles(connection, select);
        }
    }

    /** The latest {@code limit} articles about {@code symbol}, newest published first, with their sentiments. */
    public List<StoredNewsArticle> latestAbout(String symbol, int limit) throws SQLException {
        requirePositive(limit);
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS
                        + " FROM news_articles a JOIN news_article_symbols s ON s.article_id = a.id"
                        + " WHERE s.symbol = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?")) {
            select.setString(1, symbol);
            select.setInt(2, limit);
            return articles(connection, select);
        }
    }

    private long existingId(Connection connection, NewsArticle article) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM news_articles WHERE source = ? AND coalesce(external_id, url) = ?")) {
            select.setString(1, article.source());
            select.setString(2, article.externalId() != null ? article.externalId() : article.url());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException(
                            "article " + article.url() + " of " + article.source() + " was neither inserted nor found");
                }
                return row.getLong(1);
            }
        }
    }

    private static void insertSymbols(Connection connection, long articleId, List<String> symbols) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO news_article_symbols (article_id, symbol) VALUES (?, ?)")) {
            for (String symbol : symbols) {
                insert.setLong(1, articleId);
                insert.setString(2, symbol);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<StoredNewsArticle> articles(Connection connection, PreparedStatement select) throws SQLException {
        Map<Long, ArticleRow> rows = new LinkedHashMap<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.put(
                        result.getLong("id"),
                        new ArticleRow(
                                result.getString("source"),
                                result.getString("external_id"),
                                result.getString("url"),
                                result.getString("title"),
                                result.getString("summary"),
                                columns.time(result, "published_at")));
            }
        }
        List<StoredNewsArticle> articles = new ArrayList<>(rows.size());
        // Per article: the pages are small (an API page of news), and this keeps the SQL free of
        // vendor-specific array binding.
        for (Map.Entry<Long, ArticleRow> entry : rows.entrySet()) {
            long id = entry.getKey();
            ArticleRow row = entry.getValue();
            NewsArticle article = new NewsArticle(
                    row.source(),
                    row.externalId(),
                    row.url(),
                    row.title(),
                    row.summary(),
                    row.publishedAt(),
                    symbols(connection, id));
            articles.add(new StoredNewsArticle(id, article, sentiments(connection, id)));
        }
        return articles;
    }

    private static List<String> symbols(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT symbol FROM news_article_symbols WHERE article_id = ? ORDER BY symbol")) {
            select.setLong(1, articleId);
            List<String> symbols = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    symbols.add(rows.getString(1));
                }
            }
            return symbols;
        }
    }

    private List<NewsSentiment> sentiments(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id, model, score, label, scored_at FROM news_sentiments WHERE article_id = ?"
                        + " ORDER BY model")) {
            select.setLong(1, articleId);
            List<NewsSentiment> sentiments = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sentiments.add(new NewsSentiment(
                            rows.getLong("article_id"),
                            rows.getString("model"),
                            rows.getDouble("score"),
                            SentimentLabel.ofColumn(rows.getString("label")),
                            columns.time(rows, "scored_at")));
                }
            }
            return sentiments;
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    private record ArticleRow(
            String source, String externalId, String url, String title, String summary, Instant publishedAt) {}
}
