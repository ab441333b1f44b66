package org.ruralrevival.organization.alliance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ruralrevival.platform.persistence.BaseEntity;

/** 党建联盟: party organizations, and partners outside the tree, joined for a purpose. */
@Entity
@Table(name = "alliance")
public class Alliance extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public AllianceKind kind;

    @Column(length = 2000)
    public String purpose;

    /** The lead region (牵头): where the alliance is registered and whose users may change it. */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @ElementCollection
    @CollectionTable(name = "alliance_organization", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "organization_id")
    public Set<Long> organizationIds = new TreeSet<>();

    /** Universities, enterprises and others outside the organization tree, by name, in the order given. */
    @ElementCollection
    @CollectionTable(name = "alliance_partner", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = 200)
    public List<String> partners = new ArrayList<>();

    public int memberCount() {
        return organizationIds.size() + partners.size();
    }
}
