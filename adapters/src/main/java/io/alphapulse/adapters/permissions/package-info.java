/** The port that asks venues what an exchange API key may do (withdraw, trade), and its normalized answer. */
package io.alphapulse.adapters.permissions;
