/**
 * Risk pre-judgments (研判) of enterprises, workshops and officials: entities, services, pages and API.
 *
 * <p>This file also gives Hibernate a {@code package-info} class to find: it looks one up for every mapped
 * attribute (package-level annotations), and a missing one costs a failed class lookup each time at start-up.
 */
package org.zhiben.risk.prejudgment;
