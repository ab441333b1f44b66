package org.ruralrevival.organization.rectification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.platform.persistence.BaseEntity;

/** An entry of the rectification ledger (软弱涣散 / 相对后进 整顿 台账). */
@Entity
@Table(name = "rectification")
public class Rectification extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** Read-only view of the same column, for region joins and names in answers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    public PartyOrganization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public RectificationReason reason;

    @Column(length = 2000)
    public String description;

    /** 县级领导包联: the county leader in charge. */
    @Column(name = "leader_name", nullable = false, length = 100)
    public String leaderName;

    @Column(name = "leader_post", nullable = false, length = 200)
    public String leaderPost;

    @ElementCollection
    @CollectionTable(name = "rectification_measure", joinColumns = @JoinColumn(name = "rectification_id"))
    @OrderColumn(name = "position")
    @Column(name = "measure", length = 1000)
    public List<String> measures = new ArrayList<>();

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public RectificationStatus status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closing_note", length = 2000)
    public String closingNote;

    /** The organization while open, null once closed: a unique key allows one open entry each. */
    @Column(name = "open_organization_id")
    public Long openOrganizationId;

    public boolean isOpen() {
        return status == RectificationStatus.OPEN;
    }

    /** Open with its deadline passed on {@code asOf} (动态清零 shows these). */
    public boolean isOverdue(LocalDate asOf) {
        return isOpen() && deadline.isBefore(asOf);
    }
}
