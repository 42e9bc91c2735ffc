-- Passkeys (WebAuthn credentials) for logging in without a password. Only public keys are stored: the
-- private key never leaves the user's authenticator. Each user has one stable, random WebAuthn user
-- handle (never the user id or name, which the authenticator would otherwise store and reveal); a
-- credential's signature counter is kept so that a cloned authenticator, whose counter falls behind,
-- is refused. Ids are UUID text; times are epoch milliseconds UTC.

CREATE TABLE webauthn_user_handles (
    user_id     TEXT    NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle BLOB    NOT NULL UNIQUE CHECK (length(user_handle) BETWEEN 1 AND 64)
) WITHOUT ROWID;

CREATE TABLE passkeys (
    id               TEXT    NOT NULL PRIMARY KEY,
    user_id          TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id    BLOB    NOT NULL UNIQUE,
    user_handle      BLOB    NOT NULL,          -- the handle the credential was registered under
    public_key_cose  BLOB    NOT NULL,          -- COSE_Key encoding of the credential's public key
    signature_count  INTEGER NOT NULL CHECK (signature_count >= 0),
    name             TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    transports       TEXT    NOT NULL,          -- comma-separated hints (usb, nfc, ble, internal, hybrid)
    backup_eligible  INTEGER NOT NULL CHECK (backup_eligible IN (0, 1)),
    backed_up        INTEGER NOT NULL CHECK (backed_up IN (0, 1)),
    created_at       INTEGER NOT NULL,
    last_used_at     INTEGER,
    UNIQUE (user_id, name)
) WITHOUT ROWID;
CREATE INDEX passkeys_user ON passkeys (user_id, created_at);
