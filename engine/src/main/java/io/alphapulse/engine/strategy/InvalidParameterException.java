package io.alphapulse.engine.strategy;

/** A strategy was asked for by a name that does not exist, or with a parameter it cannot take. */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String message) {
        super(message);
    }
}
