package org.zhiben.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A monthly progress report: what it claims, the progress in per cent, quantity done, narrative and evidence. */
public record ProgressData(ReportClaim claim, Integer percent, BigDecimal quantity, String narrative,
        UUID milestoneId, List<Upload> evidence) {

    /** An evidence file as uploaded: its name and content (checked by content, not by name). */
    public interface Upload {
        String name();

        long size();

        InputStream open() throws IOException;
    }
}
