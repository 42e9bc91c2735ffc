/**
 * The port that asks venues what an exchange API key may do (withdraw, trade), its normalized answer, and
 * what the venue probes share: retrying HTTP and the HMAC-SHA256 request signature.
 */
package io.alphapulse.adapters.permissions;
