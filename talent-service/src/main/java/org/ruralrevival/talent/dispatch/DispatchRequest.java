package org.ruralrevival.talent.dispatch;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DispatchRequest")
public record DispatchRequest(
        @NotNull @Schema(example = "FIRST_SECRETARY", required = true) DispatchKind kind,
        @NotBlank @Size(max = 50) @Schema(example = "刘志强", required = true) String personName,
        @Min(1) @Schema(description = "The person's member id in organization-service, when known.", example = "20417")
        Long memberId,
        @NotBlank @Size(max = 200) @Schema(description = "The sending unit (派出单位).", example = "达拉特旗财政局", required = true)
        String unit,
        @NotBlank @Schema(example = "150621101201", required = true) String villageCode,
        @NotNull @Schema(example = "2021-06-01", required = true) LocalDate from,
        @Schema(description = "Null while still in the village; not before from.", example = "2023-05-31") LocalDate to) {
}
