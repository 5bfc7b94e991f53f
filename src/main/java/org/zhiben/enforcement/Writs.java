package org.zhiben.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.common.document.DocxWriter.Column;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.internal.EnforcementCase;
import org.zhiben.enforcement.internal.Inspection;
import org.zhiben.enforcement.internal.Writ;
import org.zhiben.enforcement.internal.WritCounter;
import org.zhiben.enforcement.internal.WritRepository;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.workflow.HazardView;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * 执法文书: issuing one numbers it — the office's counter for the year and kind is incremented in the same transaction
 * as the document row, so numbers run 1, 2, 3… without gaps even under concurrent issuing — and the docx (A4, through
 * {@link DocxWriter}) is filled from the record each time it is downloaded. A record has at most one document of each
 * kind; issuing it again answers the one issued.
 */
@Service
public class Writs {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final WritRepository writs;
    private final WritCounter counter;
    private final Inspections inspections;
    private final Cases cases;
    private final EnforcementDirectory directory;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    private final HazardWorkflow hazards;
    private final ObjectMapper json;

    Writs(WritRepository writs, WritCounter counter, Inspections inspections, Cases cases,
            EnforcementDirectory directory, Enterprises enterprises, DataScopes scopes, AuditTrail audit,
            java.time.Clock clock, HazardWorkflow hazards, ObjectMapper json) {
        this.hazards = hazards;
        this.json = json;
        this.writs = writs;
        this.counter = counter;
        this.inspections = inspections;
        this.cases = cases;
        this.directory = directory;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues (numbers) the document of {@code kind} for the inspection or case {@code sourceId}. */
    @Transactional
    public UUID issue(WritKind kind, UUID sourceId) {
        CurrentUser me = Inspections.requireOfficer();
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择文书种类");
        }
        if (sourceId == null) {
            throw new InvalidInputException("sourceId", "请选择执法检查或案件");
        }
        var existing = writs.findBySourceIdAndKind(sourceId, kind);
        if (existing.isPresent() && scopes.current().permits(existing.get())) {
            return existing.get().getId();
        }
        LocalDate today = directory.today();
        String office;
        Writ w;
        if (kind.ofCase()) {
            EnforcementCase c = cases.get(sourceId);
            requireIssuable(kind, c);
            office = c.getOfficeCode();
            int seq = counter.next(office, today.getYear(), kind);
            w = new Writ(kind, c.getEnterpriseId(), c.getRegionCode(), c.getSectors(), office, today.getYear(), seq,
                    number(office, kind, today.getYear(), seq), null, c.getId(), me.displayName(), today,
                    clock.instant());
        } else {
            Inspection i = inspections.get(sourceId);
            requireIssuable(kind, i);
            if (kind == WritKind.RECHECK_OPINION && writs.findBySourceIdAndKind(i.getId(), WritKind.RECTIFY_ORDER)
                    .isEmpty()) {
                throw new InvalidInputException("kind", "请先制作责令限期整改指令书,再制作整改复查意见书");
            }
            office = i.getOfficeCode();
            int seq = counter.next(office, today.getYear(), kind);
            w = new Writ(kind, i.getEnterpriseId(), i.getRegionCode(), i.getSectors(), office, today.getYear(), seq,
                    number(office, kind, today.getYear(), seq), i.getId(), null, me.displayName(), today,
                    clock.instant());
            if (kind == WritKind.RECHECK_OPINION) {
                w.recordRecheck(json.writeValueAsString(recheck(i)));
            }
        }
        try {
            writs.saveAndFlush(w);
        } catch (org.springframework.dao.DataIntegrityViolationException twin) {
            throw new StaleVersionException();
        }
        audit.record(AuditRecord.created("EnforcementDocument", w.getId(), "制作" + kind.label() + " " + w.getNumber(),
                java.util.Map.of("kind", kind.name(), "number", w.getNumber(), "sourceId", sourceId)));
        return w.getId();
    }

    private static void requireIssuable(WritKind kind, Inspection i) {
        Set<OnSiteMeasure> m = i.measureSet();
        switch (kind) {
            case RECTIFY_ORDER, RECHECK_OPINION -> {
                if (!m.contains(OnSiteMeasure.RECTIFY)) {
                    throw new InvalidInputException("kind", "该检查未责令限期整改");
                }
            }
            case SITE_MEASURE -> {
                if (m.stream().noneMatch(x -> x != OnSiteMeasure.RECTIFY)) {
                    throw new InvalidInputException("kind", "该检查未采取现场处理措施");
                }
            }
            default -> {
            }
        }
    }

    private static void requireIssuable(WritKind kind, EnforcementCase c) {
        boolean ok = switch (kind) {
            case CASE_FILING -> true;
            case PENALTY_NOTICE -> c.getNotifiedOn() != null;
            case PENALTY_DECISION -> c.decided();
            case CASE_CLOSING -> c.getState() == CaseState.CLOSED;
            default -> false;
        };
        if (!ok) {
            throw new InvalidInputException("kind", "案件" + c.getState().label() + ",尚不能制作" + kind.label());
        }
    }

    /**
     * The re-check (复查) result of one ordered item, in the order of the inspection's findings: its hazard's state on
     * the day of the re-check; rectified means the hazard is closed (销号).
     */
    public record RecheckItem(UUID hazardId, HazardState state, LocalDate closedOn) {

        public boolean rectified() {
            return state == HazardState.CLOSED;
        }

        String words() {
            return switch (state) {
                case CLOSED -> "已整改" + (closedOn == null ? "" : "(" + DAY.format(closedOn) + "销号)");
                case REJECTED -> "隐患已驳回,不列入整改";
                case AWAITING_ACCEPTANCE -> "未整改完毕(整改完成待验收)";
                default -> "未整改(" + state.label() + ")";
            };
        }
    }

    private List<RecheckItem> recheck(Inspection i) {
        return i.getFindings().stream().map(f -> {
            HazardView h = hazards.view(f.hazardId());
            return new RecheckItem(h.id(), h.state(), h.closedOn());
        }).toList();
    }

    /** The re-check result recorded on a 整改复查意见书 (empty for other documents). */
    public List<RecheckItem> recheckOf(Writ w) {
        return w.getRecheckResult() == null ? List.of()
                : json.readValue(w.getRecheckResult(), new TypeReference<List<RecheckItem>>() { });
    }

    /** 示范县应急检记〔2026〕1号 */
    private String number(String officeCode, WritKind kind, int year, int seq) {
        String region = enterprises.regionNames(List.of(officeCode)).getOrDefault(officeCode, officeCode);
        return region + "应急" + kind.abbreviation() + "〔" + year + "〕" + seq + "号";
    }

    @Transactional(readOnly = true)
    public Writ get(UUID id) {
        DataScope scope = scopes.current();
        return writs.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("文书"));
    }

    /** The documents issued for an inspection or case (the caller has loaded it in scope). */
    @Transactional(readOnly = true)
    public List<Writ> of(UUID sourceId) {
        return writs.findBySourceIdOrderByCreatedAt(sourceId);
    }

    /** The docx of an issued document, filled from its record as it is now. */
    @Transactional(readOnly = true)
    public byte[] render(UUID id) {
        Writ w = get(id);
        try (DocxWriter doc = DocxWriter.portrait(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (w.getKind().ofCase()) {
                EnforcementCase c = cases.get(w.getCaseId());
                head(doc, c.getOfficeName(), w);
                caseBody(doc, w, c);
            } else {
                Inspection i = inspections.get(w.getInspectionId());
                head(doc, i.getOfficeName(), w);
                inspectionBody(doc, w, i);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void head(DocxWriter doc, String office, Writ w) {
        doc.title(office).title(w.getKind().label()).text("文书编号:" + w.getNumber());
    }

    private EnterpriseData party(UUID enterpriseId) {
        return enterprises.details(enterpriseId).orElse(null);
    }

    private void inspectionBody(DocxWriter doc, Writ w, Inspection i) {
        EnterpriseData e = party(i.getEnterpriseId());
        String officers = i.getOfficers().stream().map(o -> o.name() + "(执法证号 " + o.certNo() + ")")
                .collect(Collectors.joining("、"));
        switch (w.getKind()) {
            case SITE_RECORD -> {
                doc.text("被检查单位:" + i.getEnterpriseName())
                        .text("地址:" + (e == null ? "" : e.address()))
                        .text("法定代表人(负责人):" + (e == null ? "" : e.principalName()))
                        .text("检查场所:" + i.getPlace())
                        .text("检查时间:" + DAY.format(i.getInspectedOn()))
                        .text("检查方式:" + i.getMode().label() + (i.getTemplateName() == null ? ""
                                : ";检查表:" + i.getTemplateName()))
                        .text("执法人员:" + officers)
                        .text("我们是" + i.getOfficeName() + "执法人员,已出示执法证件。")
                        .text("检查情况:" + i.getSummary());
                findingsTable(doc, i);
                doc.signatures("被检查单位现场负责人(签名):________________    日期:____年__月__日",
                        "检查人员(签名):________________    ________________    日期:____年__月__日");
            }
            case RECTIFY_ORDER -> {
                doc.text(i.getEnterpriseName() + ":")
                        .text("经查,你单位存在下列问题:");
                findingsTable(doc, i);
                doc.text("依据《中华人民共和国安全生产法》第六十五条第一款第(二)项的规定,现责令你单位于"
                                + DAY.format(i.getRectifyDue()) + "前整改完毕,达到有关法律法规规章和标准规定的要求。"
                                + "由我局(单位)于整改期限届满后对整改情况进行复查。")
                        .text("整改期间,你单位应当采取措施,确保安全生产。对安全生产违法行为,将依法予以行政处罚。")
                        .text("如果不服本指令,可以依法在60日内向上一级应急管理部门或者人民政府申请行政复议,或者在6个月内依法向人民法院提起行政诉讼,但本指令不停止执行,法律另有规定的除外。");
                doc.signatures("执法人员(签名):________________    ________________",
                        "被检查单位负责人(签名):________________    日期:____年__月__日",
                        i.getOfficeName() + "(印章)    " + DAY.format(w.getIssuedOn()));
            }
            case RECHECK_OPINION -> {
                Writ order = writs.findBySourceIdAndKind(i.getId(), WritKind.RECTIFY_ORDER).orElseThrow();
                List<RecheckItem> result = recheckOf(w);
                doc.text(i.getEnterpriseName() + ":")
                        .text("本机关于" + DAY.format(order.getIssuedOn()) + "作出了《责令限期整改指令书》(" + order.getNumber()
                                + "),责令你单位于" + DAY.format(i.getRectifyDue()) + "前对下列问题整改完毕。"
                                + "经于" + DAY.format(w.getIssuedOn()) + "复查,整改情况如下:");
                DocxWriter.Table t = doc.table(List.of(Column.number("序号", 1), Column.text("责令整改的问题", 6),
                        Column.text("复查情况", 4)));
                List<Integer> open = new java.util.ArrayList<>();
                for (int n = 0; n < i.getFindings().size(); n++) {
                    RecheckItem r = n < result.size() ? result.get(n) : null;
                    t.row(String.valueOf(n + 1), i.getFindings().get(n).content(), r == null ? "" : r.words());
                    if (r != null && !r.rectified() && r.state() != HazardState.REJECTED) {
                        open.add(n + 1);
                    }
                }
                if (i.getFindings().isEmpty()) {
                    t.row("", "未发现问题", "");
                }
                t.end();
                doc.text("复查意见:" + (open.isEmpty() ? "经复查,责令整改的问题已整改完毕。"
                        : "经复查,第" + open.stream().map(String::valueOf).collect(Collectors.joining("、"))
                                + "项问题未整改完毕。对逾期未整改的,本机关将依据《中华人民共和国安全生产法》有关规定依法处理。"));
                doc.signatures("复查人员(签名):________________    ________________",
                        "被复查单位负责人(签名):________________    日期:____年__月__日",
                        i.getOfficeName() + "(印章)    " + DAY.format(w.getIssuedOn()));
            }
            case SITE_MEASURE -> {
                String measures = i.measureSet().stream().filter(m -> m != OnSiteMeasure.RECTIFY)
                        .map(OnSiteMeasure::label).collect(Collectors.joining("、"));
                doc.text(i.getEnterpriseName() + ":")
                        .text("经查,你单位存在下列问题:");
                findingsTable(doc, i);
                doc.text("依据《中华人民共和国安全生产法》第六十五条第一款的规定,现作出如下现场处理决定:" + measures
                                + (i.getMeasureNote() == null ? "" : "。" + i.getMeasureNote()))
                        .text("如果不服本决定,可以依法在60日内向上一级应急管理部门或者人民政府申请行政复议,或者在6个月内依法向人民法院提起行政诉讼,但本决定不停止执行,法律另有规定的除外。");
                doc.signatures("执法人员(签名):________________    ________________",
                        "被检查单位负责人(签名):________________    日期:____年__月__日",
                        i.getOfficeName() + "(印章)    " + DAY.format(w.getIssuedOn()));
            }
            default -> throw new IllegalStateException(w.getKind().name());
        }
    }

    private static void findingsTable(DocxWriter doc, Inspection i) {
        DocxWriter.Table t = doc.table(List.of(Column.number("序号", 1), Column.text("存在的问题", 6),
                Column.text("依据", 4), Column.text("等级", 1)));
        int n = 0;
        for (Inspection.Finding f : i.getFindings()) {
            t.row(String.valueOf(++n), f.content(), f.basis() == null ? "" : f.basis(), f.major() ? "重大" : "一般");
        }
        if (n == 0) {
            t.row("", "未发现问题", "", "");
        }
        t.end();
    }

    private void caseBody(DocxWriter doc, Writ w, EnforcementCase c) {
        EnterpriseData e = party(c.getEnterpriseId());
        String party = "当事人:" + c.getEnterpriseName();
        String address = "地址:" + (e == null ? "" : e.address());
        String principal = "法定代表人(负责人):" + (e == null ? "" : e.principalName());
        switch (w.getKind()) {
            case CASE_FILING -> {
                DocxWriter.Table t = doc.table(List.of(Column.text("项目", 2), Column.text("内容", 7)));
                t.row("案件名称", c.getTitle()).row("案件来源", c.getInspectionId() == null ? "其他" : "监督检查")
                        .row("立案时间", DAY.format(c.getFiledOn())).row("当事人", c.getEnterpriseName())
                        .row("地址", e == null ? "" : e.address()).row("法定代表人(负责人)", e == null ? "" : e.principalName())
                        .row("违法事实", c.getFacts()).end();
                doc.signatures("承办人意见:建议立案调查。    承办人(签名):________________    日期:____年__月__日",
                        "审核意见:________________    审核人(签名):________________    日期:____年__月__日",
                        "审批意见:________________    审批人(签名):________________    日期:____年__月__日");
            }
            case PENALTY_NOTICE -> {
                doc.text(c.getEnterpriseName() + ":")
                        .text("经查,你单位" + c.getFacts())
                        .text("以上事实有调查取证材料为证:" + nz(c.getEvidence()))
                        .text("依据有关法律法规,拟对你单位作出如下处理:" + measures(c) + "。")
                        .text("根据《中华人民共和国行政处罚法》第四十四条、第四十五条" + (c.hearingRight() ? "、第六十三条、第六十四条" : "")
                                + "的规定,你单位有权进行陈述和申辩" + (c.hearingRight() ? ",并有权要求举行听证" : "")
                                + "。请于" + DAY.format(c.getReplyDue()) + "前提出,逾期视为放弃上述权利。");
                doc.signatures(c.getOfficeName() + "(印章)    " + DAY.format(w.getIssuedOn()),
                        "当事人(签收):________________    日期:____年__月__日");
            }
            case PENALTY_DECISION -> {
                doc.text(party).text(address).text(principal)
                        .text("违法事实和证据:" + c.getFacts() + "以上事实有以下证据证明:" + nz(c.getEvidence()))
                        .text(c.getStatement() == null ? "当事人在规定期限内未提出陈述申辩。" : "当事人陈述申辩意见:"
                                + c.getStatement() + (c.getHearingHeldOn() == null ? "" : "(已于"
                                + DAY.format(c.getHearingHeldOn()) + "举行听证)"))
                        .text("处罚决定:" + nz(c.getDecisionText()))
                        .text("处罚内容:" + measures(c) + "。");
                if (c.fined()) {
                    doc.text("罚款限于收到本决定书之日起15日内(" + DAY.format(c.getPaymentDue())
                            + "前)缴至指定银行。到期不缴纳罚款的,每日按罚款数额的3%加处罚款。");
                }
                doc.text("如果不服本处罚决定,可以依法在60日内向上一级应急管理部门或者人民政府申请行政复议,或者在6个月内依法向人民法院提起行政诉讼,但本决定不停止执行,法律另有规定的除外。");
                doc.signatures(c.getOfficeName() + "(印章)    " + DAY.format(c.getDecidedOn()),
                        "当事人(签收):________________    日期:____年__月__日");
            }
            case CASE_CLOSING -> {
                DocxWriter.Table t = doc.table(List.of(Column.text("项目", 2), Column.text("内容", 7)));
                t.row("案件名称", c.getTitle()).row("当事人", c.getEnterpriseName())
                        .row("立案时间", DAY.format(c.getFiledOn()))
                        .row("处罚决定", c.getDecidedOn() == null ? "" : DAY.format(c.getDecidedOn()) + " " + measures(c))
                        .row("执行情况", c.getPaidOn() == null ? (c.fined() ? "未缴纳" : "已执行") : "罚款已于"
                                + DAY.format(c.getPaidOn()) + "缴纳")
                        .row("结案时间", DAY.format(c.getClosedOn())).end();
                doc.signatures("承办人意见:建议结案。    承办人(签名):________________    日期:____年__月__日",
                        "审批意见:________________    审批人(签名):________________    日期:____年__月__日");
            }
            default -> throw new IllegalStateException(w.getKind().name());
        }
    }

    /** The measures in words, fines in yuan. */
    static String measures(EnforcementCase c) {
        return c.measureSet().stream().map(m -> switch (m) {
            case FINE -> "对单位罚款人民币" + yuan(c.getFineUnitYuan()) + "元";
            case DUAL_FINE -> "对主要负责人" + c.getPrincipalName() + "罚款人民币" + yuan(c.getFinePrincipalYuan()) + "元";
            case RECTIFY -> "责令于" + DAY.format(c.getRectifyDue()) + "前改正";
            case TRANSFER -> "移送" + c.getTransferTo();
            case LIFETIME_BAN -> c.getPrincipalName() + "终身不得担任本行业生产经营单位的主要负责人";
            default -> m.label();
        }).collect(Collectors.joining(";"));
    }

    private static String yuan(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
