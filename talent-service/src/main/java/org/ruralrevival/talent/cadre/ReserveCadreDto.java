package org.ruralrevival.talent.cadre;

import java.time.LocalDate;
import java.time.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.talent.common.Gender;

@Schema(name = "ReserveCadre")
public record ReserveCadreDto(
        @Schema(example = "12") long id,
        @Schema(example = "620123104201") String villageCode,
        @Schema(example = "张晓燕") String name,
        @Schema(example = "FEMALE") Gender gender,
        @Schema(example = "1994-08-12") LocalDate birthDate,
        @Schema(description = "Age in whole years today.", example = "27") int age,
        @Schema(example = "BACHELOR") Education education,
        @Schema(example = "COLLEGE_EDUCATED") CadreCategory category,
        @Schema(example = "返乡大学生") String source,
        @Schema(example = "true") boolean partyMember,
        @Schema(example = "2021-06-30") LocalDate reservedOn,
        @Schema(example = "RESERVE") CadreStatus status,
        @Schema(description = "Null while in the reserve.") Appointment appointment,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    @Schema(name = "CadreAppointment")
    public record Appointment(
            @Schema(example = "DEPUTY_SECRETARY") CommitteePost post,
            @Schema(example = "2021-07-15") LocalDate date,
            @Schema(example = "2021") int termYear) {
    }

    static ReserveCadreDto of(ReserveCadre c, LocalDate today) {
        Appointment appointment = c.status == CadreStatus.APPOINTED
                ? new Appointment(c.post, c.appointedOn, c.termYear) : null;
        return new ReserveCadreDto(c.id, c.villageCode, c.name, c.gender, c.birthDate,
                Period.between(c.birthDate, today).getYears(), c.education, c.category, c.source, c.partyMember,
                c.reservedOn, c.status, appointment, c.version);
    }
}
