package org.ruralrevival.economy.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as a caller sends it (POST, or PUT to replace it whole). Amounts in yuan. */
@Schema(name = "ProjectRequest")
public record ProjectRequest(
        @NotBlank @Size(max = 200) @Schema(example = "高墩营村设施农业大棚项目", required = true) String name,
        @NotNull @Schema(example = "GREENHOUSE", required = true) ProjectType type,
        @NotNull @Schema(example = "ASSET_REVITALIZATION", required = true) ProjectModel model,
        @NotEmpty @Size(max = 200) @Schema(description = "The villages holding it, the leading one first. "
                + "One village: share may be left out (1). Several (a joint project): every share given, "
                + "fractions with at most 6 decimals adding up to exactly 1. A joint project's actual income of a year "
                + "is split by share: each part rounded down to the fen (0.01 yuan), the remainder to the largest share "
                + "(the first listed among equal ones), so the parts add up exactly; every village's accounts and "
                + "reports include its part. A single village's project income is in its own account already.",
                required = true) List<@NotNull @Valid Holder> villages,
        @Size(max = 20) @Schema(description = "Investment by source, one entry per source.") List<@NotNull @Valid Funding> funding,
        @Size(max = 100) @Schema(description = "Expected and actual income to the collective(s), per year.")
        List<@NotNull @Valid YearIncome> yearlyIncomes,
        @Size(max = 50) List<@NotNull @Valid Contract> contracts,
        @Schema(example = "2023-04-01") LocalDate startedOn,
        @Schema(description = "预计每年为村集体增收, yuan.", example = "70000.00") BigDecimal expectedYearlyIncome,
        @Size(max = 1000) @Schema(example = "争取2023年中央财政扶持资金70万元发展设施农业大棚") String description,
        @Valid ExternalRef externalRef) {

    @Schema(name = "ProjectHolder")
    public record Holder(
            @NotBlank @Schema(example = "620123104201", required = true) String villageCode,
            @Schema(description = "Fraction of the project (0 < share ≤ 1, at most 6 decimals).", example = "0.05")
            BigDecimal share) {
    }

    @Schema(name = "ProjectFundingRequest")
    public record Funding(
            @NotNull @Schema(example = "CENTRAL_FISCAL", required = true) FundingSource source,
            @NotNull @Schema(description = "Yuan.", example = "700000.00", required = true) BigDecimal amount) {
    }

    @Schema(name = "ProjectYearIncome")
    public record YearIncome(
            @NotNull @Min(1949) @Max(2100) @Schema(example = "2023", required = true) Integer year,
            @Schema(description = "Yuan.", example = "70000.00") BigDecimal expectedIncome,
            @Schema(description = "Yuan; only for a year that has begun.", example = "72000.00") BigDecimal actualIncome) {
    }

    @Schema(name = "ProjectContractRequest")
    public record Contract(
            @NotBlank @Size(max = 200) @Schema(example = "榆中某能源有限公司", required = true) String counterparty,
            @Min(1) @Max(99) @Schema(description = "Years; none for an open-ended contract.", example = "10") Integer leaseTermYears,
            @NotNull @Schema(example = "2021-03-01", required = true) LocalDate startDate,
            @Schema(description = "Rent or fee per year to the collective, yuan.", example = "100000.00") BigDecimal yearlyAmount,
            @NotNull @Schema(example = "ASSET_TO_VILLAGE", required = true) EndOfTerm endOfTerm,
            @Size(max = 500) @Schema(example = "10年后村集体享有商铺所有权及土地使用权") String endOfTermNote) {
    }
}
