package org.zhiben.audit;

/**
 * What happened to which record: {@code before}/{@code after} are snapshots (maps or records) serialised to JSON;
 * either may be null (create, delete).
 */
public record AuditRecord(String action, String entityType, String entityId, String summary, Object before,
        Object after) {

    public static AuditRecord created(String entityType, Object id, String summary, Object after) {
        return new AuditRecord("CREATE", entityType, String.valueOf(id), summary, null, after);
    }

    public static AuditRecord updated(String entityType, Object id, String summary, Object before, Object after) {
        return new AuditRecord("UPDATE", entityType, String.valueOf(id), summary, before, after);
    }

    public static AuditRecord deleted(String entityType, Object id, String summary, Object before) {
        return new AuditRecord("DELETE", entityType, String.valueOf(id), summary, before, null);
    }
}
