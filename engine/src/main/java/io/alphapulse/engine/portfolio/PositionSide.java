package io.alphapulse.engine.portfolio;

/** The direction of a position. */
public enum PositionSide {
    LONG,
    SHORT,
    FLAT
}
