/**
 * Positions and their 两单两卡 (duties, operating and emergency cards): entities, services, pages and API.
 *
 * <p>This file also gives Hibernate a {@code package-info} class to find: it looks one up for every mapped
 * attribute (package-level annotations), and a missing one costs a failed class lookup each time at start-up.
 */
package org.zhiben.risk.card;
