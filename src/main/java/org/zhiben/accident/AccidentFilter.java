package org.zhiben.accident;

/** List filters, each optional. */
public record AccidentFilter(AccidentGrade grade, AccidentState state, Integer year) {
}
