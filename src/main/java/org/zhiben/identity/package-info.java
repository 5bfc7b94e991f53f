/**
 * Users, roles, login, API tokens, password policy and the <b>data scope</b> every module filters by.
 * Organisation facts it needs (department sectors, enterprises, regions) come through the
 * {@link org.zhiben.identity.Organisations} port, implemented by the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.zhiben.identity;
