package org.ruralrevival.organization.servicecenter;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.partyorg.ExternalRef;

@Schema(name = "ServiceCenterWork")
public record WorkDto(
        @Schema(example = "401") long id,
        @Schema(example = "301") long centerId,
        @Schema(example = "2021") int year,
        @Schema(example = "UPGRADE") WorkKind kind,
        @Schema(example = "2021-09-30") LocalDate completedOn,
        @Schema(example = "380000.00") BigDecimal investment,
        @Schema(example = "yuan") String investmentUnit,
        ExternalRef externalRef,
        @Schema(example = "0") long version) {

    public static WorkDto of(ServiceCenterWork w) {
        return new WorkDto(w.id, w.center.id, w.year, w.kind, w.completedOn, w.investment, "yuan",
                w.externalSystem == null ? null : new ExternalRef(w.externalSystem, w.externalId), w.version);
    }
}
