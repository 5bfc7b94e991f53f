package org.zhiben.expert.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
        String name = ("专家报告-" + a.enterpriseName() + "-" + a.kind().text() + ".docx")
                .replaceAll("[\\\\/:*?\"<>|]", ""); // characters no file name may hold
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(out.toByteArray());
    }
}
