-- Users, refresh tokens, API keys and encrypted exchange credentials. Only hashes and ciphertexts are
-- stored, never a password, token, key or secret: refresh tokens and API keys as SHA-256 digests,
-- passwords as encoded password hashes (Argon2id), exchange secrets as AES-GCM ciphertexts under a
-- per-credential data key that is itself encrypted by the master key named in master_key_id.
-- Ids are UUID text; times are epoch milliseconds UTC.

CREATE TABLE users (
    id            TEXT    NOT NULL PRIMARY KEY,
    username      TEXT    NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'trader', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    disabled      INTEGER NOT NULL CHECK (disabled IN (0, 1))
) WITHOUT ROWID;
-- Case-insensitive uniqueness, the same index as on PostgreSQL.
CREATE UNIQUE INDEX users_username_lower ON users (lower(username));

CREATE TABLE refresh_tokens (
    id          TEXT    NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   TEXT    NOT NULL,               -- every rotation of one login shares it
    token_hash  BLOB    NOT NULL UNIQUE,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    replaced_by TEXT    REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    CHECK (expires_at > issued_at)
) WITHOUT ROWID;
CREATE INDEX refresh_tokens_family_active ON refresh_tokens (family_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_user_active ON refresh_tokens (user_id) WHERE revoked_at IS NULL;

CREATE TABLE api_keys (
    id           TEXT    NOT NULL PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    key_hash     BLOB    NOT NULL UNIQUE,
    prefix       TEXT    NOT NULL,              -- the key's first characters, to recognize it in lists
    role         TEXT    NOT NULL CHECK (role IN ('viewer', 'trader', 'admin')),
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
) WITHOUT ROWID;
CREATE INDEX api_keys_user ON api_keys (user_id, created_at);
-- One active key per name and user; a revoked key's name may be reused.
CREATE UNIQUE INDEX api_keys_user_name_active ON api_keys (user_id, name) WHERE revoked_at IS NULL;

CREATE TABLE exchange_credentials (
    id                  TEXT    NOT NULL PRIMARY KEY,
    user_id             TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    venue               TEXT    NOT NULL,
    label               TEXT    NOT NULL,
    api_key_ciphertext  BLOB    NOT NULL,
    api_key_nonce       BLOB    NOT NULL,       -- one nonce per ciphertext: AES-GCM must never reuse one
    secret_ciphertext   BLOB    NOT NULL,
    secret_nonce        BLOB    NOT NULL,
    data_key_ciphertext BLOB    NOT NULL,       -- the data key, encrypted by the master key
    data_key_nonce      BLOB    NOT NULL,
    master_key_id       TEXT    NOT NULL,
    created_at          INTEGER NOT NULL,
    UNIQUE (user_id, venue, label)
) WITHOUT ROWID;
