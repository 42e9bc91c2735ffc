-- Passkeys (WebAuthn credentials) for logging in without a password. Only public keys are stored: the
-- private key never leaves the user's authenticator. Each user has one stable, random WebAuthn user
-- handle (never the user id or name, which the authenticator would otherwise store and reveal); a
-- credential's signature counter is kept so that a cloned authenticator, whose counter falls behind,
-- is refused.

CREATE TABLE webauthn_user_handles (
    user_id     uuid        NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    user_handle bytea       NOT NULL UNIQUE CHECK (length(user_handle) BETWEEN 1 AND 64)
);

CREATE TABLE passkeys (
    id               uuid        NOT NULL PRIMARY KEY,
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id    bytea       NOT NULL UNIQUE,
    user_handle      bytea       NOT NULL,      -- the handle the credential was registered under
    public_key_cose  bytea       NOT NULL,      -- COSE_Key encoding of the credential's public key
    signature_count  bigint      NOT NULL CHECK (signature_count >= 0),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    transports       text        NOT NULL,      -- comma-separated hints (usb, nfc, ble, internal, hybrid)
    backup_eligible  boolean     NOT NULL,
    backed_up        boolean     NOT NULL,
    created_at       timestamptz NOT NULL,
    last_used_at     timestamptz,
    UNIQUE (user_id, name)
);
CREATE INDEX passkeys_user ON passkeys (user_id, created_at);
