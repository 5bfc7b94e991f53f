/**
 * Regions (12-digit statistical codes), the 25 supervision sectors, departments, and the enterprise registry
 * (一企一档) with documents, change history, xlsx import and export. Every enterprise query is scoped.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.zhiben.directory;
