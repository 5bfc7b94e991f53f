package org.zhiben.risk.assessment;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.internal.GradingTable;
import org.zhiben.risk.internal.MajorHazardTable;
import org.zhiben.risk.internal.RiskTables;
import org.zhiben.risk.majorsource.MajorHazardAssessment;
import org.zhiben.risk.majorsource.MajorHazardCalculator;
import org.zhiben.risk.majorsource.SubstanceQuantity;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险计算 Risk calculators",
        description = "按当前配置的取值与分级计算 LEC、LS、MES 风险等级,以及 GB 18218-2018 重大危险源辨识与分级")
class RiskCalculatorApiController {

    private final RiskGrading grading;
    private final MajorHazardCalculator majorHazard;
    private final RiskTables tables;

    RiskCalculatorApiController(RiskGrading grading, MajorHazardCalculator majorHazard, RiskTables tables) {
        this.grading = grading;
        this.majorHazard = majorHazard;
        this.tables = tables;
    }

    record LecRequest(BigDecimal l, BigDecimal e, BigDecimal c) {
    }

    record LsRequest(BigDecimal l, BigDecimal s) {
    }

    record MesRequest(BigDecimal m, BigDecimal e, BigDecimal s) {
    }

    /** {@code level}: 重大/较大/一般/低; {@code color}: red/orange/yellow/blue; {@code band}: the band's description. */
    record ScoreResponse(BigDecimal value, String level, String color, String band) {

        static ScoreResponse of(RiskScore score) {
            return new ScoreResponse(score.value(), score.level().label(), score.level().color(), score.band());
        }
    }

    record MajorHazardRequest(Integer outsidePopulation, List<@Valid SubstanceQuantity> substances) {
    }

    /** {@code level}: 一级/二级/三级/四级, null when not a major hazard source. */
    record MajorHazardResponse(BigDecimal sum, BigDecimal r, BigDecimal alpha, String level, boolean major) {

        static MajorHazardResponse of(MajorHazardAssessment a) {
            return new MajorHazardResponse(a.sum(), a.r(), a.alpha(), a.level() == null ? null : a.level().label(),
                    a.major());
        }
    }

    @PostMapping("/calculators/lec")
    @Operation(summary = "LEC 评价:D = L × E × C", description = "取值须在当前配置的列表内,否则 400 并列出允许的取值")
    ScoreResponse lec(@RequestBody LecRequest body) {
        return grade(AssessmentMethod.LEC, body.l(), body.e(), body.c());
    }

    @PostMapping("/calculators/ls")
    @Operation(summary = "LS 风险矩阵:R = L × S")
    ScoreResponse ls(@RequestBody LsRequest body) {
        return grade(AssessmentMethod.LS, body.l(), body.s());
    }

    @PostMapping("/calculators/mes")
    @Operation(summary = "MES 评价:R = M × E × S")
    ScoreResponse mes(@RequestBody MesRequest body) {
        return grade(AssessmentMethod.MES, body.m(), body.e(), body.s());
    }

    @PostMapping("/calculators/gb18218")
    @Operation(summary = "GB 18218-2018 重大危险源辨识与分级",
            description = "每种物质填写名称(name)或类别(category,如 W5.3)及实际存在量(吨);S = Σq/Q ≥ 1 为重大危险源,"
                    + "R = α·Σβq/Q 定级:一级 R ≥ 100、二级 50 ≤ R < 100、三级 10 ≤ R < 50、四级 R < 10")
    MajorHazardResponse gb18218(@RequestBody MajorHazardRequest body) {
        if (body.outsidePopulation() == null) {
            throw new InvalidInputException("outsidePopulation", "请填写厂区边界外500米范围内常住人口");
        }
        return MajorHazardResponse.of(majorHazard.assess(body.outsidePopulation(),
                body.substances() == null ? List.of() : body.substances()));
    }

    private ScoreResponse grade(AssessmentMethod method, BigDecimal... inputs) {
        Map<String, BigDecimal> byFactor = new HashMap<>();
        for (int i = 0; i < inputs.length; i++) {
            byFactor.put(method.factors().get(i), inputs[i]);
        }
        return ScoreResponse.of(grading.grade(method, byFactor));
    }

    record ValueDto(BigDecimal value, String meaning) {
    }

    record FactorDto(String factor, List<ValueDto> values) {
    }

    /** {@code range} e.g. {@code 160 < D ≤ 320}; {@code lowerBound} null for the last (catch-all) band. */
    record BandDto(BigDecimal lowerBound, boolean inclusive, String range, String level, String color,
            String description) {
    }

    record MethodDto(AssessmentMethod method, String formula, List<FactorDto> factors, List<BandDto> bands) {
    }

    record CategoryDto(String code, String description, BigDecimal qTonnes, BigDecimal beta) {
    }

    /** {@code qTonnes} and {@code beta} null when taken from the category. */
    record SubstanceDto(String name, String cas, String category, BigDecimal qTonnes, BigDecimal beta) {
    }

    record AlphaDto(int minPopulation, BigDecimal alpha) {
    }

    record MajorHazardDto(List<CategoryDto> categories, List<SubstanceDto> substances, List<AlphaDto> alphaBands) {
    }

    record MethodsResponse(List<MethodDto> methods, MajorHazardDto gb18218) {
    }

    @GetMapping("/methods")
    @Operation(summary = "当前配置的评价方法取值与分级,以及 GB 18218 类别、物质和 α", description = "供客户端生成表单")
    MethodsResponse methods() {
        GradingTable table = tables.grading();
        List<MethodDto> methods = Arrays.stream(AssessmentMethod.values()).filter(m -> !m.factors().isEmpty())
                .map(m -> {
                    List<String> ranges = table.ranges(m);
                    List<GradingTable.Band> bands = table.bands(m);
                    return new MethodDto(m, m.formula(),
                            m.factors().stream().map(f -> new FactorDto(f, table.values(m, f).stream()
                                    .map(v -> new ValueDto(v.value(), v.meaning())).toList())).toList(),
                            IntStream.range(0, bands.size()).mapToObj(i -> {
                                GradingTable.Band b = bands.get(i);
                                return new BandDto(b.lowerBound(), b.inclusive(), ranges.get(i), b.level().label(),
                                        b.level().color(), b.description());
                            }).toList());
                }).toList();
        MajorHazardTable gb = tables.majorHazard();
        return new MethodsResponse(methods, new MajorHazardDto(
                gb.categories().stream().map(c -> new CategoryDto(c.code(), c.description(), c.q(), c.beta())).toList(),
                gb.substances().stream().map(s -> new SubstanceDto(s.name(), s.cas(), s.category(), s.q(), s.beta())).toList(),
                gb.alphaBands().stream().map(a -> new AlphaDto(a.minPopulation(), a.alpha())).toList()));
    }
}
