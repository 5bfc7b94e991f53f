package org.zhiben.campaign.rectification;

import org.springframework.modulith.NamedInterface;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Commands and views of the 专项整治 ledgers ({@link Rectifications}). */
@NamedInterface(name = "rectification", propagate = false)
public final class RectificationData {

    private RectificationData() {
    }

    /** A kind of object (a ledger or one of its sub-kinds) with its ledger's checklist. */
    @NamedInterface(name = "rectification", propagate = false)
    public record Kind(String code, Ledger ledger, String name) {
    }

    /**
     * An object registered in a ledger: the village's 12-digit code, address, owner or operator; for 自建房 the storeys
     * and 用途; whether a business is run in it. {@code kindCode} is the ledger itself or one of its sub-kinds (the
     * nine 九小场所).
     */
    @NamedInterface(name = "rectification", propagate = false)
    public record NewObject(Ledger ledger, @Size(max = 16) String kindCode, @Size(max = 12) String regionCode,
            @Size(max = 100) String name, @Size(max = 200) String address, @Size(max = 50) String ownerName,
            Integer storeys, Purpose purpose, Boolean business) {
    }

    /** One checklist item's outcome: 合格, 不合格 (then a due date for the problem) or 不适用; a note. */
    @NamedInterface(name = "rectification", propagate = false)
    public record ItemResult(int seq, Outcome outcome, @Size(max = 500) String note, LocalDate dueDate) {
    }

    /** A check of an object from the version the official saw: every item of its checklist once. */
    @NamedInterface(name = "rectification", propagate = false)
    public record NewCheck(long version, LocalDate checkedOn, @Size(max = 100) String inspectorName,
            @Size(max = 1000) String note, @Valid List<ItemResult> results) {
    }

    /** 整改: what was done and the day; from the problem's version. */
    @NamedInterface(name = "rectification", propagate = false)
    public record Rectify(long version, @Size(max = 500) String rectification, LocalDate rectifiedOn) {
    }

    /** 验收: pass (销号) or fail (back to 整改中, with a reason); from the problem's version. */
    @NamedInterface(name = "rectification", propagate = false)
    public record Verify(long version, boolean pass, @Size(max = 500) String note) {
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record ObjectRow(UUID id, Ledger ledger, String kindCode, String kindName, String regionCode,
            String regionName, String name, String address, String ownerName, Integer storeys, Purpose purpose,
            boolean business, LocalDate lastCheckedOn, int openProblems, int overdueProblems, long version) {
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record ResultView(int seq, String itemText, Outcome outcome, String note) {
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record CheckView(UUID id, LocalDate checkedOn, String inspectorName, String note,
            List<ResultView> results) {
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record ProblemView(UUID id, UUID objectId, String objectName, String regionCode, Ledger ledger,
            int itemSeq, String description, LocalDate foundOn, LocalDate dueDate, ProblemState state,
            boolean overdue, String rectification, LocalDate rectifiedOn, LocalDate verifiedOn,
            String verifiedByName, long version) {
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record ObjectView(ObjectRow object, List<String> checklist, List<CheckView> checks,
            List<ProblemView> problems) {
    }

    /**
     * One village's (or town's…) figures: objects registered, checked at least once, with a problem ever found;
     * problems 整改中 (overdue among them), 待验收, 已销号.
     */
    @NamedInterface(name = "rectification", propagate = false)
    public record CountRow(String regionCode, String regionName, long registered, long checked, long withProblems,
            long problems, long open, long overdue, long rectified, long verified) {

        public int coverage() {
            return registered == 0 ? 0 : (int) Math.round(checked * 100.0 / registered);
        }

        public int closureRate() {
            return problems == 0 ? 0 : (int) Math.round(verified * 100.0 / problems);
        }
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record Counts(Ledger ledger, String regionCode, String regionName, CountRow total, List<CountRow> rows) {
    }

    /** Outcome of an import: rows read, objects created, the rejected rows (all or nothing). */
    @NamedInterface(name = "rectification", propagate = false)
    public record ImportResult(int rows, int created, List<RowError> errors) {

        public ImportResult {
            errors = List.copyOf(errors);
        }
    }

    @NamedInterface(name = "rectification", propagate = false)
    public record RowError(int row, String column, String reason) {
    }

    /** A task's bound ledgers with their figures over the plan's region. */
    @NamedInterface(name = "rectification", propagate = false)
    public record Binding(UUID taskId, Ledger ledger, CountRow figures) {
    }
}
