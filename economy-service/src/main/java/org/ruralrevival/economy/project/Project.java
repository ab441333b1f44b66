package org.ruralrevival.economy.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.platform.persistence.BaseEntity;

/**
 * A collective-economy project (集体经济项目). Held by one village, or jointly by several with
 * shares (联村共建: 20 villages of 王爱召镇 in 5 projects).
 */
@Entity
@Table(name = "project")
public class Project extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ProjectType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ProjectModel model;

    /** The first village listed: the one that hosts or leads the project. */
    @Column(name = "lead_village_code", nullable = false, length = 15)
    public String leadVillageCode;

    @ElementCollection
    @CollectionTable(name = "project_village", joinColumns = @JoinColumn(name = "project_id"))
    public List<ProjectVillage> villages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
    public List<ProjectFunding> funding = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_year", joinColumns = @JoinColumn(name = "project_id"))
    public List<ProjectYear> years = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_contract", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<ProjectContract> contracts = new ArrayList<>();

    @Column(name = "started_on")
    public LocalDate startedOn;

    /** 预计每年为村集体增收, yuan. */
    @Column(name = "expected_yearly_income", precision = 16, scale = 2)
    public BigDecimal expectedYearlyIncome;

    @Column(length = 1000)
    public String description;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;

    public boolean isJoint() {
        return villages.size() > 1;
    }
}
