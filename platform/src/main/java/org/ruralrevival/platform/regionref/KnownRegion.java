package org.ruralrevival.platform.regionref;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ruralrevival.platform.region.RegionLevel;

/**
 * A region this service has confirmed at organization-service (the owner of the division tree):
 * the local copy that keeps known villages usable while organization-service is down, and the
 * names reports print. Written by {@link KnownRegions} (REST answers) and {@link RegionEvents}
 * (organization-service's region events).
 */
@Entity
@Table(name = "known_region")
public class KnownRegion extends PanacheEntityBase {

    @Id
    @Column(length = 15)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RegionLevel level;

    @Column(name = "parent_code", length = 15)
    public String parentCode;

    /** When organization-service last confirmed it. */
    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    /** The region's version at organization-service when this copy was taken (null: before events were kept). */
    @Column(name = "source_version")
    public Long sourceVersion;

    /**
     * When organization-service removed the region. A retired copy keeps its name for old records
     * but is never trusted for a new write: {@link KnownRegions} asks organization-service again.
     */
    @Column(name = "retired_at")
    public Instant retiredAt;
}
