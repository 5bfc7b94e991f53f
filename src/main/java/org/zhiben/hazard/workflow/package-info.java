/**
 * The hazard workflow: the {@link org.zhiben.hazard.workflow.Hazard} state machine and its service
 * {@link org.zhiben.hazard.workflow.HazardWorkflow}. Exposed as the named interface {@code workflow} so the demo data
 * (and later modules that act on hazards, not only report them) go through the same service and rules.
 */
@org.springframework.modulith.NamedInterface("workflow")
package org.zhiben.hazard.workflow;
