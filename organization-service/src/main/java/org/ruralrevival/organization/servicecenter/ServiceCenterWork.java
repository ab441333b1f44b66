package org.ruralrevival.organization.servicecenter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A work done on a service centre in a year: 新建, 改扩建 or 升级改造. */
@Entity
@Table(name = "service_center_work")
public class ServiceCenterWork extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "center_id", nullable = false, updatable = false)
    public ServiceCenter center;

    @Column(name = "work_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public WorkKind kind;

    /** Null while the work is under way. */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** Yuan, exact. */
    @Column(precision = 14, scale = 2)
    public BigDecimal investment;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;
}
