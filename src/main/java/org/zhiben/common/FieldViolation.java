package org.zhiben.common;

/** One rejected field with a message for the user. */
public record FieldViolation(String field, String message) {
}
