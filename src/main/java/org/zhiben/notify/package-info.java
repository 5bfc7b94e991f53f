/**
 * Notices to users. For now the in-app inbox; e-mail, webhooks and SMS come with the hazard workflow.
 * Listens to other modules' events through the event publication registry, so no notice is lost on a crash
 * and none is sent for a rolled-back change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package org.zhiben.notify;
