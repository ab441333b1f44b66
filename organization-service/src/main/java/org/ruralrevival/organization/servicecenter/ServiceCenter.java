package org.ruralrevival.organization.servicecenter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A village's party–mass service centre (党群服务中心); one per village. */
@Entity
@Table(name = "service_center")
public class ServiceCenter extends BaseEntity {

    @Column(name = "region_code", nullable = false, unique = true, length = 15, updatable = false)
    public String regionCode;

    @Column(length = 200)
    public String name;

    /** Floor area in square metres. */
    @Column(nullable = false, precision = 10, scale = 2)
    public BigDecimal area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public CenterState state;
}
