package org.zhiben.directory;

/** Kinds of documents kept in an enterprise's file (一企一档). */
public enum DocumentKind {
    LICENCE, PLAN, CERTIFICATE, OTHER
}
