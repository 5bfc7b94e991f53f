/**
 * The risk inventory: analysis objects, units, events, assessments and control measures: entities, services, pages and API.
 *
 * <p>This file also gives Hibernate a {@code package-info} class to find: it looks one up for every mapped
 * attribute (package-level annotations), and a missing one costs a failed class lookup each time at start-up.
 */
package org.zhiben.risk.inventory;
