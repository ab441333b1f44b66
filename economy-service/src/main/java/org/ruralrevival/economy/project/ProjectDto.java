package org.ruralrevival.economy.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Project", description = "A collective-economy project. Amounts in yuan (元).")
public record ProjectDto(
        @Schema(example = "42") long id,
        @Schema(example = "高墩营村设施农业大棚项目") String name,
        @Schema(example = "GREENHOUSE") ProjectType type,
        @Schema(example = "ASSET_REVITALIZATION") ProjectModel model,
        @Schema(description = "True when held by two villages or more: its actual income is split by share.",
                example = "false") boolean joint,
        List<Holder> villages,
        List<Funding> funding,
        @Schema(description = "Sum of funding, yuan.", example = "700000.00") BigDecimal totalInvestment,
        List<YearIncome> yearlyIncomes,
        List<Contract> contracts,
        @Schema(example = "2023-04-01") LocalDate startedOn,
        @Schema(example = "70000.00") BigDecimal expectedYearlyIncome,
        @Schema(example = "争取2023年中央财政扶持资金70万元发展设施农业大棚") String description,
        ExternalRef externalRef,
        @Schema(example = "yuan") String unit,
        @Schema(description = "Also the ETag.", example = "0") long version) {

    @Schema(name = "ProjectHolderAnswer")
    public record Holder(@Schema(example = "620123104201") String villageCode, @Schema(example = "高墩营村") String villageName,
            @Schema(example = "1.000000") BigDecimal share) {
    }

    @Schema(name = "ProjectFundingAnswer")
    public record Funding(@Schema(example = "CENTRAL_FISCAL") FundingSource source,
            @Schema(example = "700000.00") BigDecimal amount) {
    }

    @Schema(name = "ProjectYearAnswer")
    public record YearIncome(@Schema(example = "2023") int year, @Schema(example = "70000.00") BigDecimal expectedIncome,
            @Schema(example = "72000.00") BigDecimal actualIncome,
            @Schema(description = "Joint projects: each village's part of the actual income.") List<Part> parts) {
    }

    @Schema(name = "ProjectIncomePart")
    public record Part(@Schema(example = "150621102201") String villageCode, @Schema(example = "87000.00") BigDecimal amount) {
    }

    @Schema(name = "ProjectContractAnswer")
    public record Contract(@Schema(example = "榆中某能源有限公司") String counterparty,
            @Schema(example = "10") Integer leaseTermYears, @Schema(example = "2021-03-01") LocalDate startDate,
            @Schema(description = "Last day of the term.", example = "2031-02-28") LocalDate endDate,
            @Schema(example = "100000.00") BigDecimal yearlyAmount, @Schema(example = "ASSET_TO_VILLAGE") EndOfTerm endOfTerm,
            @Schema(example = "10年后村集体享有商铺所有权及土地使用权") String endOfTermNote) {
    }
}
