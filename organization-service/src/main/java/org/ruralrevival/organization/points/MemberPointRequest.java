package org.ruralrevival.organization.points;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberPointRequest")
public record MemberPointRequest(
        @NotNull @Schema(example = "101", required = true) Long memberId,
        @NotNull @Schema(description = "Not in the future.", example = "2021-06-28", required = true) LocalDate date,
        @NotNull
        @Schema(description = "Negative for deductions; at most 100 either way.", example = "5", required = true)
        Integer points,
        @NotBlank @Size(max = 50) @Schema(description = "E.g. 学习教育, 志愿服务, 违反纪律.", example = "志愿服务", required = true)
        String category,
        @Size(max = 500) @Schema(example = "参加疫情防控志愿服务") String reason) {
}
