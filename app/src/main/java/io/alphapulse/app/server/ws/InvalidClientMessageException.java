package io.alphapulse.app.server.ws;

/** A client message that is not a valid command; the message says what is wrong, for the client. */
final class InvalidClientMessageException extends RuntimeException {

    InvalidClientMessageException(String message) {
        super(message);
    }
}
