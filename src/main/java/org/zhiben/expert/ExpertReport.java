package org.zhiben.expert;

/** What the expert reports at the end of an assignment. */
public record ExpertReport(String findings, String conclusion) {
}
