package io.alphapulse.infra.marketdata;

/**
 * What is wrong with one field or row, before the parser knows to prefix it with {@code file:line:}.
 * Checked so no helper can forget it, and without a stack trace because it is turned into a {@link
 * MarketDataException} one frame up.
 */
final class RowProblem extends Exception {

    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
        super(message, null, false, false);
    }
}
