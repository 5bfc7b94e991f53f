package org.zhiben.accident;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.accident.internal.Accident;
import org.zhiben.accident.internal.AccidentFile;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StoredFile;
import org.zhiben.identity.CurrentUser;

/**
 * Photos and documents of an accident: scene photos (JPEG, PNG) and documents (PDF, Word, Excel), recognised by
 * content, at most 20 MB each. Officials in scope and the accident's own enterprise add them, from the version they
 * saw; everything is checked before anything is stored, and the addition is one audited change.
 */
@Service
public class AccidentFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_PER_UPLOAD = 10;
    static final Set<FileType> TYPES = Set.of(FileType.JPEG, FileType.PNG, FileType.PDF, FileType.DOCX,
            FileType.XLSX);
    private static final int MAX_NAME = 200;

    private final Accidents accidents;
    private final VersionedChanges changes;
    private final FileStore store;
    private final Clock clock;

    AccidentFiles(Accidents accidents, VersionedChanges changes, FileStore store, Clock clock) {
        this.accidents = accidents;
        this.changes = changes;
        this.store = store;
        this.clock = clock;
    }

    /** A file as uploaded: the name the user's device gave it, and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** A stored file to send back. */
    public record Download(AccidentFile file, InputStream content) {
    }

    /** Adds {@code uploads} to the accident (404 outside the scope; 409 when it changed since {@code version}). */
    @Transactional
    public void attach(UUID accidentId, long version, List<Upload> uploads) {
        Accident a = accidents.get(accidentId);
        CurrentUser me = Accidents.me();
        if (!me.isOfficialOrAdmin() && !(a.getEnterpriseId() != null && me.memberOf(a.getEnterpriseId()))) {
            throw new AccessDeniedException("您无权为该事故上传照片和文件");
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<Upload> given = uploads == null ? List.of() : uploads.stream().filter(u -> u != null
                && u.content() != null && u.content().length > 0).toList();
        if (given.isEmpty()) {
            errors.add(new FieldViolation("file", "请选择要上传的照片或文件"));
        } else if (given.size() > MAX_PER_UPLOAD) {
            errors.add(new FieldViolation("file", "一次最多上传" + MAX_PER_UPLOAD + "个文件"));
        }
        for (Upload u : given) {
            String name = name(u.name());
            FileType type = FileType.detect(Arrays.copyOf(u.content(), Math.min(u.content().length, 65536)));
            if (type == null || !TYPES.contains(type)) { // Set.of refuses contains(null)
                errors.add(new FieldViolation("file", name + ":只能上传 JPEG/PNG 照片或 PDF、Word(docx)、Excel(xlsx)文件"));
            } else if (u.content().length > MAX_BYTES) {
                errors.add(new FieldViolation("file", name + ":单个文件不能超过20 MB"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Accidents.ACCIDENT.requireVersion(a, version); // before storing, so a stale form leaves no file behind
        List<StoredFile> stored = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Upload u : given) {
            try {
                stored.add(store.store(new ByteArrayInputStream(u.content()), TYPES, MAX_BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names.add(name(u.name()));
        }
        changes.apply(Accidents.ACCIDENT, a, version, "ATTACH", "上传照片和文件 " + names.size() + "个 "
                + a.getUnitName(), x -> x.attach(stored, names, me.displayName(), clock.instant()));
    }

    /** One of the accident's files, in the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public Download open(UUID accidentId, UUID fileId) {
        Accident a = accidents.get(accidentId);
        AccidentFile f = a.getFiles().stream().filter(x -> x.getId().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("文件"));
        try {
            return new Download(f, store.open(f.getFileKey()));
        } catch (IOException e) {
            throw new NotFoundException("文件");
        }
    }

    /** The name to show: without a path, control characters or surrounding space, at most 200 characters. */
    static String name(String given) {
        String n = given == null ? "" : given.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            n = "文件";
        }
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }
}
