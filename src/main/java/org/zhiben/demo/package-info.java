/**
 * Demo data for the embedded default: a fictional jurisdiction (示范市 › 示范县 › towns › villages, on the
 * unassigned province code 99), about 60 enterprises and the demo accounts. Never runs in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.zhiben.demo;
