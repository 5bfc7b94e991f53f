package org.zhiben.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.document.XlsxSheetReader;
import org.zhiben.training.PersonData;
import org.zhiben.training.PersonKind;
import org.zhiben.training.TrainingPeople;

/**
 * The people sheet (一人一档): 姓名, 工号, 用工类型 (员工/承包商人员/劳务派遣/灵活用工), 岗位, 入职日期 (yyyy-MM-dd),
 * 主要负责人, 安全管理人员, 特种作业人员 (是/否). A header row first; a title block above it is skipped. If any row
 * fails, nothing is saved and every failing row is reported with its column.
 */
@Component
class PeopleSheet {

    static final List<String> HEADERS = List.of("姓名", "工号", "用工类型", "岗位", "入职日期", "主要负责人", "安全管理人员",
            "特种作业人员");
    private static final Map<String, String> COLUMNS = Map.of("name", "姓名", "staffNo", "工号", "kind", "用工类型",
            "position", "岗位", "hiredOn", "入职日期");
    private static final int MAX_ROWS = 5000;

    private final TrainingPeople people;

    PeopleSheet(TrainingPeople people) {
        this.people = people;
    }

    record RowError(int row, String column, String reason) {
    }

    record Report(int rows, int saved, List<RowError> errors) {
    }

    Report importXlsx(UUID enterpriseId, InputStream in) throws IOException {
        Path tmp = Files.createTempFile("zhiben-people", ".xlsx");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Map<Integer, PersonData> rows = new LinkedHashMap<>();
            List<RowError> errors = new ArrayList<>();
            int[] header = {0};
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
                    LocalDate hired = null;
                    String date = cell(cells, 4);
                    if (date != null) {
                        try {
                            hired = LocalDate.parse(date);
                        } catch (DateTimeParseException e) {
                            errors.add(new RowError(n, "入职日期", "日期格式应为 yyyy-MM-dd"));
                            return;
                        }
                    }
                    PersonKind kind = PersonKind.parse(cell(cells, 2));
                    if (cell(cells, 2) != null && kind == null) {
                        errors.add(new RowError(n, "用工类型", "用工类型应为 员工、承包商人员、劳务派遣 或 灵活用工"));
                        return;
                    }
                    rows.put(n, new PersonData(cell(cells, 0), cell(cells, 1), kind, cell(cells, 3), hired, null,
                            null, null, yes(cells, 5), yes(cells, 6), yes(cells, 7), null));
                });
            } catch (XlsxSheetReader.NotXlsxException broken) {
                throw new InvalidInputException("file", broken.userMessage());
            }
            if (header[0] == 0) {
                throw new InvalidInputException("file", "工作表为空");
            }
            if (!errors.isEmpty()) {
                return new Report(rows.size() + errors.size(), 0, errors);
            }
            List<TrainingPeople.RowProblem> problems = people.importPeople(enterpriseId, rows);
            if (!problems.isEmpty()) {
                return new Report(rows.size(), 0, problems.stream().map(p -> new RowError(p.row(),
                        COLUMNS.getOrDefault(p.field(), p.field()), p.message())).toList());
            }
            return new Report(rows.size(), rows.size(), List.of());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean yes(String[] cells, int i) {
        String v = cell(cells, i);
        return v != null && (v.equals("是") || v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("TRUE"));
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && cells[i] != null && !cells[i].isBlank() ? cells[i].strip() : null;
    }
}
