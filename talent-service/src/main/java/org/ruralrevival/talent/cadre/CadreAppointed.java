package org.ruralrevival.talent.cadre;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Gender;

/** The outbox event {@code reserve-cadre-appointed}: what organization-service needs to add the committee member. */
@Schema(name = "ReserveCadreAppointedEvent")
public record CadreAppointed(
        @Schema(example = "12") long reserveCadreId,
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "张晓燕") String name,
        @Schema(example = "FEMALE") Gender gender,
        @Schema(example = "1994-08-12") LocalDate birthDate,
        @Schema(example = "BACHELOR") Education education,
        @Schema(example = "true") boolean collegeOrAbove,
        @Schema(example = "true") boolean partyMember,
        @Schema(example = "DEPUTY_SECRETARY") CommitteePost post,
        @Schema(example = "2021-07-15") LocalDate appointedOn,
        @Schema(example = "2021") int termYear) {

    static CadreAppointed of(ReserveCadre c) {
        return new CadreAppointed(c.id, c.villageCode, c.name, c.gender, c.birthDate, c.education,
                c.education.collegeOrAbove(), c.partyMember, c.post, c.appointedOn, c.termYear);
    }
}
