-- Users, refresh tokens, API keys and encrypted exchange credentials. Only hashes and ciphertexts are
-- stored, never a password, token, key or secret: refresh tokens and API keys as SHA-256 digests,
-- passwords as encoded password hashes (Argon2id), exchange secrets as AES-GCM ciphertexts under a
-- per-credential data key that is itself encrypted by the master key named in master_key_id.

CREATE TABLE users (
    id            uuid        NOT NULL PRIMARY KEY,
    username      text        NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
    role          text        NOT NULL CHECK (role IN ('viewer', 'trader', 'admin')),
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    disabled      boolean     NOT NULL
);
-- Case-insensitive uniqueness without citext, which is an extension not every server has.
CREATE UNIQUE INDEX users_username_lower ON users (lower(username));

CREATE TABLE refresh_tokens (
    id          uuid        NOT NULL PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,           -- every rotation of one login shares it
    token_hash  bytea       NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    replaced_by uuid        REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    CHECK (expires_at > issued_at)
);
CREATE INDEX refresh_tokens_family_active ON refresh_tokens (family_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_user_active ON refresh_tokens (user_id) WHERE revoked_at IS NULL;

CREATE TABLE api_keys (
    id           uuid        NOT NULL PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    key_hash     bytea       NOT NULL UNIQUE,
    prefix       text        NOT NULL,          -- the key's first characters, to recognize it in lists
    role         text        NOT NULL CHECK (role IN ('viewer', 'trader', 'admin')),
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_keys_user ON api_keys (user_id, created_at);
-- One active key per name and user; a revoked key's name may be reused.
CREATE UNIQUE INDEX api_keys_user_name_active ON api_keys (user_id, name) WHERE revoked_at IS NULL;

CREATE TABLE exchange_credentials (
    id                  uuid        NOT NULL PRIMARY KEY,
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    venue               text        NOT NULL,
    label               text        NOT NULL,
    api_key_ciphertext  bytea       NOT NULL,
    api_key_nonce       bytea       NOT NULL,   -- one nonce per ciphertext: AES-GCM must never reuse one
    secret_ciphertext   bytea       NOT NULL,
    secret_nonce        bytea       NOT NULL,
    data_key_ciphertext bytea       NOT NULL,   -- the data key, encrypted by the master key
    data_key_nonce      bytea       NOT NULL,
    master_key_id       text        NOT NULL,
    created_at          timestamptz NOT NULL,
    UNIQUE (user_id, venue, label)
);
