/**
 * The hazard workflow: the {@link org.zhiben.hazard.workflow.Hazard} state machine and its service
 * {@link org.zhiben.hazard.workflow.HazardWorkflow}. The named interface {@code workflow} is made of the types marked
 * with it: the service and its commands ({@code Command}, {@code NewReport}, {@code Assignment}, {@code MajorPlan}
 * and their enums), the read view {@link org.zhiben.hazard.workflow.HazardView} and the deadline job, so the demo
 * data (and later modules that act on hazards, not only report them) go through the same rules without touching the
 * entity.
 */
package org.zhiben.hazard.workflow;
