/**
 * Documents people print: xlsx tables and docx forms laid out the way an official forwards them (A4, a title
 * block, repeated header rows, fitted columns, borders, a CJK font, typed numbers; docx with margins, page numbers
 * and signature lines), and the streaming xlsx reader for imports. Modules describe their tables (columns, labels,
 * values); this package does the layout. See docs/documents.md.
 */
@org.springframework.modulith.NamedInterface("document")
package org.zhiben.common.document;
