package org.ruralrevival.economy.property;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A closed deal on a listing (已交易); one per listing. */
@Entity
@Table(name = "property_deal")
public class PropertyDeal extends BaseEntity {

    @Column(name = "listing_id", nullable = false, updatable = false)
    public long listingId;

    /** The listing's village, kept here so deals are filtered and scoped by region directly. */
    @Column(name = "village_code", nullable = false, length = 15, updatable = false)
    public String villageCode;

    /** Yuan. */
    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal price;

    @Column(name = "deal_date", nullable = false)
    public LocalDate dealDate;

    @Column(length = 200)
    public String counterparty;
}
