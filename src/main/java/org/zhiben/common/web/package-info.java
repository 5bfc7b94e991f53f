/**
 * What every module's controllers share: downloads ({@link org.zhiben.common.web.Downloads}); the rest (error pages,
 * problem details, input binding, filters) applies by itself.
 */
@org.springframework.modulith.NamedInterface("web")
package org.zhiben.common.web;
