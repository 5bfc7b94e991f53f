package org.zhiben.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.document.TableSpec;
import org.zhiben.common.document.TableSpec.Kind;
import org.zhiben.common.document.XlsxSheetReader;
import org.zhiben.common.document.XlsxWriter;
import org.zhiben.directory.internal.Enterprise;
import org.zhiben.directory.internal.EnterpriseImportStore;
import org.zhiben.directory.internal.EnterpriseImportStore.Existing;
import org.zhiben.directory.internal.EnterpriseImportStore.Update;
import org.zhiben.directory.internal.EnterpriseRepository;
import org.zhiben.directory.internal.EnterpriseSheetLayout;
import org.zhiben.directory.internal.EnterpriseSheetLayout.ParsedRow;
import org.zhiben.directory.internal.EnterpriseValidator;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

import static org.zhiben.directory.internal.EnterpriseSpecifications.idAfter;
import static org.zhiben.directory.internal.EnterpriseSpecifications.inScope;
import static org.zhiben.directory.internal.EnterpriseSpecifications.matching;

/**
 * Bulk import and export of the enterprise registry as xlsx (one sheet, the columns of
 * {@link EnterpriseSheetLayout}). Both directions stream, so memory stays flat however many rows:
 * <ul>
 * <li>the import reads the sheet with POI's event API ({@link XlsxSheetReader}), validates each row with
 * {@link EnterpriseValidator} and saves in chunks of {@value #CHUNK_ROWS} rows, each chunk in its own transaction
 * with its audit entries; the chunk's writes are JDBC batches ({@link EnterpriseImportStore}), 100,000 rows take
 * about 10 s on PostgreSQL (docs/benchmarks.md);</li>
 * <li>the export pages the caller's scope by id into the kernel's streaming {@link XlsxWriter}, under a title
 * block that the import skips.</li>
 * </ul>
 */
@Service
public class EnterpriseXlsx {

    public static final int MAX_DATA_ROWS = 200_000;
    /** The multipart limit (spring.servlet.multipart.max-file-size) stops larger uploads first. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int CHUNK_ROWS = 1000;
    private static final int EXPORT_PAGE = 1000;
    private static final int HEAD_BYTES = 64 * 1024;
    private static final String NOT_XLSX = "不是有效的 xlsx 文件";
    private static final Logger log = LoggerFactory.getLogger(EnterpriseXlsx.class);

    private final EnterpriseRepository enterprises;
    private final EnterpriseImportStore store;
    private final EnterpriseValidator validator;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Regions regions;
    private final TransactionTemplate writeTx;
    private final TransactionTemplate readTx;
    @PersistenceContext
    private EntityManager em;

    EnterpriseXlsx(EnterpriseRepository enterprises, EnterpriseImportStore store, EnterpriseValidator validator,
            DataScopes scopes, AuditTrail audit, ApplicationEventPublisher events, Clock clock, Regions regions,
            PlatformTransactionManager tx) {
        this.enterprises = enterprises;
        this.store = store;
        this.validator = validator;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.regions = regions;
        this.writeTx = new TransactionTemplate(tx);
        this.readTx = new TransactionTemplate(tx);
        this.readTx.setReadOnly(true);
    }

    /**
     * Imports an enterprise sheet. The file is checked by content first (an xlsx workbook whose header row is
     * the template's), then its rows are validated and saved chunk by chunk: valid rows are created or updated
     * (matched on USCC, so a re-import changes nothing twice), invalid ones reported with row, column and reason.
     *
     * @throws InvalidInputException when the file is not an xlsx workbook, the header does not match, or it has
     *         more than {@value #MAX_DATA_ROWS} data rows; nothing is saved then (unless a malformed sheet declares
     *         fewer rows than it holds: then the chunks before the limit stay saved)
     * @throws AccessDeniedException unless the caller is an official or administrator
     */
    public EnterpriseImportReport importXlsx(InputStream in) throws IOException {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("只有监管人员和管理员可以导入企业");
        }
        DataScope scope = scopes.of(me);
        Path tmp = Files.createTempFile("zhiben-enterprise-import", ".xlsx");
        try {
            byte[] head = spool(in, tmp);
            if (FileType.detect(head) != FileType.XLSX) {
                throw new InvalidInputException("file", NOT_XLSX);
            }
            try (XlsxSheetReader sheet = XlsxSheetReader.open(tmp.toFile(), EnterpriseSheetLayout.WIDTH + 16)) {
                checkRowLimit(sheet);
                Run run = new Run(scope, readTx.execute(s -> store.regionCodes()));
                sheet.read(run::row);
                run.finish();
                EnterpriseImportReport report = run.report();
                writeTx.executeWithoutResult(s -> events.publishEvent(new EnterprisesImported(me.id(),
                        report.created(), report.updated(), report.failed())));
                log.info("enterprise import by {}: {} rows, {} created, {} updated, {} unchanged, {} failed",
                        me.getUsername(), report.rows(), report.created(), report.updated(), report.unchanged(),
                        report.failed());
                return report;
            } catch (XlsxSheetReader.NotXlsxException broken) {
                throw new InvalidInputException("file", broken.userMessage());
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the enterprises of the caller's scope matching the filter, in the import layout (so the file
     * re-imports unchanged). All text goes into string cells: nothing in a name is ever a formula.
     */
    public void exportXlsx(EnterpriseFilter filter, OutputStream out) throws IOException {
        DataScope scope = scopes.current();
        if (filter.region() != null && RegionCode.problem(filter.region()) != null) {
            throw new InvalidInputException("region", RegionCode.problem(filter.region()));
        }
        TableSpec spec = TableSpec.sheet("企业名录").title("企业名录").scope(scopeLine(filter, scope));
        for (EnterpriseSheetLayout.Column c : EnterpriseSheetLayout.COLUMNS) {
            spec.column(c.header(), Kind.TEXT, Math.max(c.width(), c.header().length() * 2 + 2));
        }
        try (XlsxWriter writer = XlsxWriter.create()) {
            XlsxWriter.Table table = writer.table(spec);
            readTx.executeWithoutResult(status -> {
                var where = inScope(scope).and(matching(filter));
                UUID last = null;
                while (true) {
                    List<Enterprise> page = enterprises.findBy(where.and(idAfter(last)),
                            q -> q.sortBy(Sort.by("id")).limit(EXPORT_PAGE).all());
                    for (Enterprise e : page) {
                        table.row((Object[]) EnterpriseSheetLayout.format(e));
                    }
                    em.clear();
                    if (page.size() < EXPORT_PAGE) {
                        break;
                    }
                    last = page.get(page.size() - 1).getId();
                }
            });
            writer.write(out);
        }
    }

    /** 范围 of the exported list: the filtered region, else the caller's jurisdiction, by name. */
    private String scopeLine(EnterpriseFilter filter, DataScope scope) {
        String region = filter.region() != null ? filter.region()
                : scope.region() != null ? scope.region().value() : null;
        if (region == null) {
            return "范围:全部";
        }
        return "范围:" + readTx.execute(s -> regions.find(region).map(Regions.RegionView::name).orElse(region));
    }

    private static byte[] spool(InputStream in, Path tmp) throws IOException {
        byte[] head;
        try (OutputStream out = Files.newOutputStream(tmp)) {
            head = in.readNBytes(HEAD_BYTES);
            out.write(head);
            byte[] buffer = new byte[64 * 1024];
            long total = head.length;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw new InvalidInputException("file", "文件过大,最大允许 " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        return head;
    }

    /**
     * Rejects a sheet of more than {@value #MAX_DATA_ROWS} data rows before anything is saved: by its declared
     * dimension when that is within the limit (Excel, WPS and POI write it), else by counting the rows.
     */
    private static void checkRowLimit(XlsxSheetReader sheet) throws XlsxSheetReader.NotXlsxException, IOException {
        int span = sheet.declaredRowSpan();
        if (span > 0 && span - 1 <= MAX_DATA_ROWS) {
            return;
        }
        if (sheet.countRows(MAX_DATA_ROWS + 1) - 1 > MAX_DATA_ROWS) {
            throw tooManyRows();
        }
    }

    private static InvalidInputException tooManyRows() {
        return new InvalidInputException("file", "数据行数超过上限:最多 " + MAX_DATA_ROWS + " 行");
    }

    /** A row that passed validation, waiting for its chunk to be saved. */
    private record Pending(int row, EnterpriseData data) {
    }

    /** What one chunk's transaction did; merged into the totals only once it committed. */
    private static final class ChunkResult {
        int created;
        int updated;
        int unchanged;
        final List<RowError> errors = new ArrayList<>();
    }

    /** One import: header check, per-row validation, duplicate detection within the file, chunked saving. */
    private final class Run {

        private final DataScope scope;
        private final Set<String> regionCodes;
        private final Map<String, Integer> firstRowOfUscc = new HashMap<>();
        private final List<Pending> chunk = new ArrayList<>(CHUNK_ROWS);
        private final List<RowError> errors = new ArrayList<>();
        private boolean headerSeen;
        private int rows;
        private int created;
        private int updated;
        private int unchanged;

        Run(DataScope scope, Set<String> regionCodes) {
            this.scope = scope;
            this.regionCodes = regionCodes;
        }

        void row(int rowNumber, String[] cells) {
            if (EnterpriseSheetLayout.blank(cells)) {
                return;
            }
            if (!headerSeen) {
                if (XlsxSheetReader.titleRow(rowNumber, cells)) {
                    return; // the title block of an exported list
                }
                String problem = EnterpriseSheetLayout.headerProblem(cells);
                if (problem != null) {
                    throw new InvalidInputException("file", problem);
                }
                headerSeen = true;
                return;
            }
            if (++rows > MAX_DATA_ROWS) {
                throw tooManyRows(); // only when the declared dimension understated the sheet
            }
            ParsedRow parsed = EnterpriseSheetLayout.parse(cells);
            List<FieldViolation> problems = new ArrayList<>(parsed.problems());
            Set<String> unreadable = problems.stream().map(FieldViolation::field).collect(Collectors.toSet());
            for (FieldViolation v : validator.violations(parsed.data(), regionCodes::contains, scope)) {
                if (!unreadable.contains(v.field())) {
                    problems.add(v);
                }
            }
            String uscc = parsed.data().uscc();
            if (uscc != null && !unreadable.contains("uscc") && problems.stream().noneMatch(p -> p.field().equals("uscc"))) {
                Integer first = firstRowOfUscc.putIfAbsent(uscc, rowNumber);
                if (first != null) {
                    problems.add(new FieldViolation("uscc", "文件内重复,与第" + first + "行相同"));
                }
            }
            if (!problems.isEmpty()) {
                for (FieldViolation p : problems) {
                    errors.add(new RowError(rowNumber, EnterpriseSheetLayout.headerOf(p.field()), p.message()));
                }
                return;
            }
            chunk.add(new Pending(rowNumber, parsed.data()));
            if (chunk.size() >= CHUNK_ROWS) {
                flush();
            }
        }

        void finish() {
            if (!headerSeen) {
                throw new InvalidInputException("file", "文件为空:第1行应为表头");
            }
            flush();
        }

        EnterpriseImportReport report() {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new EnterpriseImportReport(rows, created, updated, unchanged, sorted);
        }

        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<Pending> pending = List.copyOf(chunk);
            chunk.clear();
            try {
                ChunkResult result = writeTx.execute(s -> save(pending));
                created += result.created;
                updated += result.updated;
                unchanged += result.unchanged;
                errors.addAll(result.errors);
            } catch (RuntimeException failure) {
                log.warn("enterprise import: chunk of rows {}–{} failed", pending.get(0).row(),
                        pending.get(pending.size() - 1).row(), failure);
                String reason = failure instanceof DataIntegrityViolationException
                        ? "保存失败:与已有数据冲突(可能同时有其他导入登记了相同的统一社会信用代码),请重新导入"
                        : "保存失败:数据库错误(" + failure.getClass().getSimpleName() + "),请重新导入";
                for (Pending p : pending) {
                    errors.add(new RowError(p.row(), null, reason));
                }
            }
        }

        /** Runs inside the chunk's transaction. */
        private ChunkResult save(List<Pending> pending) {
            ChunkResult result = new ChunkResult();
            Instant now = clock.instant();
            Map<String, Existing> existing = store.findByUscc(pending.stream().map(p -> p.data().uscc()).toList());
            List<Enterprise> fresh = new ArrayList<>();
            List<Update> updates = new ArrayList<>();
            List<Pending> updateRows = new ArrayList<>();
            List<AuditRecord> updateRecords = new ArrayList<>();
            List<AuditRecord> records = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                Existing x = existing.get(p.data().uscc());
                if (x == null) {
                    Enterprise e = Enterprise.register(p.data(), now);
                    fresh.add(e);
                    records.add(AuditRecord.created("Enterprise", e.getId(), "导入登记企业 " + e.getName(),
                            e.snapshot()));
                    result.created++;
                    continue;
                }
                if (!scope.permits(x.id(), x.data().regionCode(), x.data().sectors())) {
                    result.errors.add(new RowError(p.row(), EnterpriseSheetLayout.headerOf("uscc"),
                            "该统一社会信用代码已登记在您的管辖范围之外,不能通过导入修改"));
                    continue;
                }
                Enterprise current = Enterprise.register(x.data(), now);
                if (current.sameAs(p.data())) {
                    result.unchanged++;
                    continue;
                }
                Enterprise next = Enterprise.register(p.data(), now);
                updates.add(new Update(x.id(), x.version(), next));
                updateRows.add(p);
                updateRecords.add(AuditRecord.updated("Enterprise", x.id(), "导入修改企业 " + next.getName(),
                        current.snapshot(), next.snapshot()));
            }
            store.insert(fresh);
            boolean[] applied = store.update(updates);
            for (int i = 0; i < applied.length; i++) {
                if (applied[i]) {
                    records.add(updateRecords.get(i));
                    result.updated++;
                } else {
                    result.errors.add(new RowError(updateRows.get(i).row(), null,
                            "该企业在导入期间被他人修改,未覆盖,请核对后重新导入"));
                }
            }
            audit.recordAll(records);
            return result;
        }
    }
}
