package org.ruralrevival.platform.regionref;

/**
 * organization-service answered something other than the region or a 404 (5xx, 401, 429…). A
 * failure to retry and fall back from, never an answer to pass on to this service's caller.
 */
public class RegionSourceFailure extends RuntimeException {

    public RegionSourceFailure(String message) {
        super(message, null, false, false);
    }
}
