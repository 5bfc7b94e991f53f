/**
 * Append-only, hash-chained audit trail: every create, update, delete and transition of every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.zhiben.audit;
