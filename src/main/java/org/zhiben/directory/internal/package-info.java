/**
 * The directory module's internals: regions, departments and enterprises as entities, their repositories.
 *
 * <p>This file also gives Hibernate a {@code package-info} class to find: it looks one up for every mapped
 * attribute (package-level annotations), and a missing one costs a failed class lookup each time at start-up.
 */
package org.zhiben.directory.internal;
