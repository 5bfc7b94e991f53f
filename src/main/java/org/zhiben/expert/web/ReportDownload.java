package org.zhiben.expert.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.zhiben.common.FileType;
import org.zhiben.common.web.Downloads;
import org.zhiben.expert.AssignmentView;
import org.zhiben.expert.ExpertAssignments;

/** An assignment's report as a Word download, named in Chinese after the enterprise and the kind of work. */
final class ReportDownload {

    private ReportDownload() {
    }

    static ResponseEntity<byte[]> of(ExpertAssignments assignments, UUID id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assignments.writeReport(id, out); // scope and role first
        AssignmentView a = assignments.get(id);
        return Downloads.document("专家报告-" + a.enterpriseName() + "-" + a.kind().text() + ".docx", FileType.DOCX,
                out.toByteArray());
    }
}
