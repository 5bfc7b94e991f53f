/**
 * The enforcement module's internals: cases, writs, officers and crackdowns as entities, their repositories.
 *
 * <p>This file also gives Hibernate a {@code package-info} class to find: it looks one up for every mapped
 * attribute (package-level annotations), and a missing one costs a failed class lookup each time at start-up.
 */
package org.zhiben.enforcement.internal;
