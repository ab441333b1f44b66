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
 * names reports print. Written only by {@link KnownRegions}.
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
}
