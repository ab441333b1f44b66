package org.ruralrevival.organization.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.ruralrevival.organization.member.Gender;

/**
 * The fields of talent-service's {@code recruit-admitted} event (its record RecruitAdmitted) this
 * service uses. The ID number comes masked; the full one is fetched from talent-service. Fields
 * not listed (stage dates, introducers…) are ignored, so the sender can add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RecruitAdmittedPayload(
        Long recruitId,
        String name,
        Gender gender,
        LocalDate birthDate,
        String villageCode,
        /** The party branch the recruit joins: an organization id of this service. */
        Long branchId,
        String status,
        /** 入党时间: the branch meeting date. */
        LocalDate joinedOn) {
}
