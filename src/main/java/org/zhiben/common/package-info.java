/**
 * Shared kernel: value types ({@link org.zhiben.common.Uscc}, {@link org.zhiben.common.RegionCode}),
 * ids, errors that map to problem details, file storage and idempotency keys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package org.zhiben.common;
