package org.ruralrevival.platform.regionref;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.ruralrevival.platform.region.RegionLevel;

/**
 * The part of organization-service's region answer this service keeps. Other properties are
 * ignored on purpose: organization-service may add attributes without breaking its readers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteRegion(String code, String name, RegionLevel level, String parentCode, Long version) {
}
