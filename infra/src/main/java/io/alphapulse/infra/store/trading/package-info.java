/**
 * What trading leaves behind: orders with their history, fills (each stored once), current positions,
 * portfolio snapshots and signals, on SQLite or PostgreSQL through the same repositories. Amounts map
 * through the engine's exact value types; nothing is stored as floating point except a signal's
 * strength.
 */
package io.alphapulse.infra.store.trading;
