package org.zhiben.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.document.XlsxSheetReader;
import org.zhiben.training.Exams;
import org.zhiben.training.QuestionType;
import org.zhiben.training.QuestionData;
import org.zhiben.training.internal.Question;

/**
 * The question bank sheet: 题型, 题干, 选项A…选项F, 答案, 解析, 出处, 行业, 岗位, 主题 (a header row first; a title block
 * above it is skipped). Every row is checked by the question's own rules; if any row fails, nothing is saved and
 * every failing row is reported with its column and reason (a 单选 with two answers is such a row). A row whose 题型 and
 * 题干 match a question in the bank changes that question, so the export, edited, can be imported again.
 */
@Component
class QuestionSheet {

    static final List<String> HEADERS = List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F",
            "答案", "解析", "出处", "行业", "岗位", "主题");
    private static final int MAX_ROWS = 5000;

    private final Exams exams;

    QuestionSheet(Exams exams) {
        this.exams = exams;
    }

    record RowError(int row, String column, String reason) {
    }

    /** {@code saved}: rows added or changed, of which {@code updated} changed a question already in the bank. */
    record Report(int rows, int saved, int updated, List<RowError> errors) {
    }

    Report importXlsx(UUID enterpriseId, InputStream in) throws IOException {
        exams.bank(enterpriseId); // scope and manager check before reading anything
        Path tmp = Files.createTempFile("zhiben-questions", ".xlsx");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            List<QuestionData> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            int[] header = {0};
            Map<String, Integer> seen = new HashMap<>();
            try (XlsxSheetReader sheet = XlsxSheetReader.open(tmp.toFile(), HEADERS.size())) {
                sheet.read((n, cells) -> {
                    if (header[0] == 0) {
                        if (XlsxSheetReader.titleRow(n, cells)) {
                            return;
                        }
                        header[0] = n;
                        for (int i = 0; i < HEADERS.size(); i++) {
                            if (!HEADERS.get(i).equals(cell(cells, i))) {
                                errors.add(new RowError(n, HEADERS.get(i), "表头应为“" + HEADERS.get(i) + "”"));
                            }
                        }
                        return;
                    }
                    if (rows.size() + errors.size() > MAX_ROWS) {
                        return;
                    }
                    List<String> options = new ArrayList<>();
                    for (int i = 2; i < 8; i++) {
                        if (cell(cells, i) != null) {
                            options.add(cell(cells, i));
                        }
                    }
                    QuestionData d = new QuestionData(QuestionType.parse(cell(cells, 0)), cell(cells, 1), options,
                            cell(cells, 8), cell(cells, 9), cell(cells, 10), cell(cells, 11), cell(cells, 12),
                            cell(cells, 13));
                    List<FieldViolation> problems = Question.problems(d);
                    for (FieldViolation p : problems) {
                        errors.add(new RowError(n, column(p.field()), p.message()));
                    }
                    Integer first = seen.putIfAbsent(Exams.identity(d.type(), d.stem()), n);
                    if (first != null && d.type() != null && d.stem() != null) {
                        errors.add(new RowError(n, "题干", "与第" + first + "行的题型和题干相同"));
                    } else if (problems.isEmpty()) {
                        rows.add(d);
                    }
                });
            } catch (XlsxSheetReader.NotXlsxException broken) {
                throw new InvalidInputException("file", broken.userMessage());
            }
            if (header[0] == 0) {
                throw new InvalidInputException("file", "工作表为空");
            }
            int total = rows.size() + (int) errors.stream().mapToInt(RowError::row).distinct().count();
            if (!errors.isEmpty()) {
                return new Report(total, 0, 0, errors);
            }
            Exams.Imported done = exams.importQuestions(enterpriseId, rows);
            return new Report(total, done.created() + done.updated(), done.updated(), List.of());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The bank as a sheet in the import's layout (title block on top, skipped on re-import). */
    void export(UUID enterpriseId, java.io.OutputStream out) throws IOException {
        List<Question> bank = exams.bank(enterpriseId);
        try (org.zhiben.common.document.XlsxWriter writer = org.zhiben.common.document.XlsxWriter.create()) {
            org.zhiben.common.document.TableSpec spec = org.zhiben.common.document.TableSpec.sheet("题库")
                    .title("安全培训题库").scope("共 " + bank.size() + " 题");
            spec.text(HEADERS.toArray(String[]::new));
            org.zhiben.common.document.XlsxWriter.Table table = writer.table(spec);
            for (Question q : bank) {
                List<Object> row = new ArrayList<>();
                row.add(q.getType().label());
                row.add(q.getStem());
                List<String> options = q.optionList();
                for (int i = 0; i < 6; i++) {
                    row.add(i < options.size() ? options.get(i) : "");
                }
                row.add(q.getType() == QuestionType.JUDGE ? ("T".equals(q.getAnswer()) ? "对" : "错") : q.getAnswer());
                row.add(q.getExplanation());
                row.add(q.getSource());
                row.add(q.getTagSector());
                row.add(q.getTagPosition());
                row.add(q.getTagTopic());
                table.row(row);
            }
            writer.write(out);
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "type" -> "题型";
            case "stem" -> "题干";
            case "options" -> "选项";
            case "answer" -> "答案";
            case "explanation" -> "解析";
            case "source" -> "出处";
            case "tagSector" -> "行业";
            case "tagPosition" -> "岗位";
            default -> "主题";
        };
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && cells[i] != null && !cells[i].isBlank() ? cells[i].strip() : null;
    }
}
