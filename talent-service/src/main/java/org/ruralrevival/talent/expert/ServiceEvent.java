package org.ruralrevival.talent.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** One service event of an expert (下乡服务): sessions held and people trained on a day. */
@Entity
@Table(name = "expert_service_event")
public class ServiceEvent extends BaseEntity {

    @Column(name = "expert_id", nullable = false)
    public Long expertId;

    @Column(name = "served_on", nullable = false)
    public LocalDate date;

    /** 场次. */
    @Column(nullable = false)
    public int sessions;

    /** 培训人次. */
    @Column(name = "people_trained", nullable = false)
    public int peopleTrained;

    @Column(length = 200)
    public String topic;

    @Column(name = "village_code", length = 15)
    public String villageCode;
}
