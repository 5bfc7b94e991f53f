package org.zhiben.training;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.document.DocxWriter;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.identity.Role;
import org.zhiben.risk.PositionKnowledge;
import org.zhiben.risk.RiskPositions;
import org.zhiben.training.internal.KnowledgeEntry;
import org.zhiben.training.internal.KnowledgeEntryRepository;
import org.zhiben.training.internal.Person;

/**
 * The 应知应会 manual of a position: generated when shown from the position's 两单两卡 in the risk module (duties,
 * operating steps, the risks of its units with their control measures, the emergency card and numbers), plus the
 * general knowledge entries (data) that apply to the enterprise's sectors. A worker reads the manual of their own
 * position; the enterprise's other users (and officials in scope) any position of the enterprise.
 */
@Service
public class TrainingManuals {

    private final TrainingPeople people;
    private final RiskPositions positions;
    private final KnowledgeEntryRepository knowledge;

    TrainingManuals(TrainingPeople people, RiskPositions positions, KnowledgeEntryRepository knowledge) {
        this.people = people;
        this.positions = positions;
        this.knowledge = knowledge;
    }

    public record Manual(UUID enterpriseId, PositionKnowledge card, List<KnowledgeEntry> general, LocalDate date) {
    }

    /** The positions whose manual the caller may open (a worker: their own). */
    @Transactional(readOnly = true)
    public List<String> positions(UUID enterpriseId) {
        if (TrainingPeople.me().is(Role.ENTERPRISE_WORKER)) {
            return people.mine().map(Person::getPosition).filter(p -> p != null).map(List::of).orElse(List.of());
        }
        return positions.names(people.enterpriseInScope(enterpriseId).id());
    }

    /**
     * The manual of {@code position} (the worker's own when null); a position of the enterprise the caller may not
     * open, or that does not exist, is 404.
     */
    @Transactional(readOnly = true)
    public Manual manual(UUID enterpriseId, String position) {
        EnterpriseSummary e = people.enterpriseInScope(enterpriseId);
        List<String> allowed = positions(e.id());
        String name = position == null || position.isBlank() ? (allowed.size() == 1 ? allowed.get(0) : null)
                : position.strip();
        if (name == null) {
            throw new InvalidInputException("position", "请选择岗位");
        }
        if (!allowed.contains(name)) {
            throw new NotFoundException("岗位");
        }
        PositionKnowledge card = positions.knowledge(e.id(), name).orElseThrow(() -> new NotFoundException("岗位"));
        List<KnowledgeEntry> general = knowledge.findAllByOrderBySortOrder().stream()
                .filter(k -> k.getSector() == null || e.sectors().contains(k.getSector())).toList();
        return new Manual(e.id(), card, general, people.today());
    }

    /** The manual as a Word document on A4, through the kernel's document toolkit. */
    public static void docx(Manual m, OutputStream out) throws IOException {
        PositionKnowledge c = m.card();
        try (DocxWriter w = DocxWriter.portrait()) {
            w.title("岗位安全应知应会手册").text("单位:" + c.enterpriseName()).text("岗位:" + c.position()
                    + (c.level() == null ? "" : "(岗位风险等级:" + c.level() + ")")).text("生成日期:" + m.date()
                    + "(依据本岗位两单两卡及风险清单生成)");
            DocxWriter.Table t = w.table(List.of(DocxWriter.Column.text("项目", 3), DocxWriter.Column.text("内容", 9)));
            t.section("一、岗位职责");
            numbered(t, c.duties(), "职责");
            t.section("二、岗位操作要点");
            numbered(t, c.operatingSteps(), "步骤");
            t.section("三、岗位风险与管控措施");
            if (c.risks().isEmpty()) {
                t.row("—", "暂无风险(请在风险模块中为本岗位关联风险分析单元)");
            }
            for (PositionKnowledge.Risk r : c.risks()) {
                t.row(r.place() + (r.level() == null ? "" : "\u3000" + r.level()), riskText(r));
            }
            t.section("四、应急处置");
            numbered(t, c.emergencySteps(), "处置");
            if (!c.emergencyMeasures().isEmpty()) {
                t.row("应急措施", String.join(";", c.emergencyMeasures()));
            }
            for (PositionKnowledge.Phone p : c.phones()) {
                t.row(p.who(), p.number());
            }
            t.section("五、通用安全知识");
            for (KnowledgeEntry k : m.general()) {
                t.row(k.getTitle(), k.getBody());
            }
            t.end().signatures("本人已学习并掌握上述内容。签名:____________  日期:____________");
            w.write(out);
        }
    }

    static String riskText(PositionKnowledge.Risk r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.event());
        if (!r.accidentTypes().isEmpty()) {
            parts.add("可能导致:" + String.join("、", r.accidentTypes()));
        }
        add(parts, "工程技术措施", r.engineering());
        add(parts, "维护保养措施", r.maintenance());
        add(parts, "操作行为措施", r.operation());
        add(parts, "应急措施", r.emergency());
        return String.join(";", parts);
    }

    private static void add(List<String> parts, String label, List<String> items) {
        if (!items.isEmpty()) {
            parts.add(label + ":" + String.join("、", items));
        }
    }

    private static void numbered(DocxWriter.Table t, List<String> lines, String what) {
        if (lines.isEmpty()) {
            t.row("—", "暂无");
        }
        for (int i = 0; i < lines.size(); i++) {
            t.row(what + (i + 1), lines.get(i));
        }
    }
}
