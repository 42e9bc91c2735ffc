package io.alphapulse.infra.store.users;

/** A unique value is taken: a username, an API key name, a credential label. The API answers 409. */
public final class AlreadyExistsException extends RuntimeException {

    AlreadyExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
