package io.alphapulse.adapters.binance;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.KeyPermissionProbe;
import io.alphapulse.adapters.permissions.KeyPermissions;
import io.alphapulse.adapters.permissions.RetryPolicy;
import java.net.URI;
import java.time.Clock;

/**
 * Binance key permissions from {@code GET /sapi/v1/account/apiRestrictions} ("Get API Key Permission"):
 * {@code enableWithdrawals} and the trading flags. Any key may call it; it needs no permission beyond
 * reading.
 */
public final class BinanceKeyPermissionProbe implements KeyPermissionProbe {

    public static final String VENUE = "binance";
    public static final URI DEFAULT_REST_URL = URI.create("https://api.binance.com");
    static final String PATH = "/sapi/v1/account/apiRestrictions";

    private final BinanceRestClient client;

    /** A probe on {@code restUrl} (e.g. {@link #DEFAULT_REST_URL}) with the default retries. */
    public BinanceKeyPermissionProbe(URI restUrl) {
        this(restUrl, RetryPolicy.DEFAULT, RetryPolicy.Sleeper.THREAD, Clock.systemUTC());
    }

    public BinanceKeyPermissionProbe(URI restUrl, RetryPolicy policy, RetryPolicy.Sleeper sleeper, Clock clock) {
        this.client = new BinanceRestClient(restUrl, policy, sleeper, clock);
    }

    @Override
    public String venue() {
        return VENUE;
    }

    @Override
    public KeyPermissions probe(ApiCredentials credentials) {
        return BinanceMappers.permissions(client.signedGet(PATH, credentials, BinanceApiRestrictions.class));
    }
}
