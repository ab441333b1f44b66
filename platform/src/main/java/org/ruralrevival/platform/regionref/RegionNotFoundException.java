package org.ruralrevival.platform.regionref;

/** organization-service answered 404: the code is not in the division tree. */
public class RegionNotFoundException extends RuntimeException {

    public RegionNotFoundException() {
        super("region not found at organization-service", null, false, false);
    }
}
