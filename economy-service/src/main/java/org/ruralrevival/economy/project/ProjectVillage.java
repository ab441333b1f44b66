package org.ruralrevival.economy.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A village holding a project, with its share (a fraction; all shares of a project add up to 1). */
@Embeddable
public class ProjectVillage {

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    @Column(nullable = false, precision = 7, scale = 6)
    public BigDecimal share;

    public ProjectVillage() {
    }

    public ProjectVillage(String villageCode, BigDecimal share) {
        this.villageCode = villageCode;
        this.share = share;
    }
}
