package org.ruralrevival.economy.property;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A property offered on the rural property-rights exchange. */
@Entity
@Table(name = "property_listing")
public class PropertyListing extends BaseEntity {

    @Column(name = "village_code", nullable = false, length = 15)
    public String villageCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ListingType type;

    @Column(nullable = false, length = 200)
    public String title;

    /** 亩. */
    @Column(name = "area_mu", precision = 12, scale = 2)
    public BigDecimal areaMu;

    /** Yuan. */
    @Column(name = "asking_price", precision = 16, scale = 2)
    public BigDecimal askingPrice;

    @Column(name = "listed_on", nullable = false)
    public LocalDate listedOn;
}
