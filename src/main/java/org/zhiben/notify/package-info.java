/**
 * Notices to people: the in-app inbox, e-mail over SMTP, 企业微信 and 钉钉 group robots, and SMS through an
 * {@link org.zhiben.notify.SmsGateway}. Other modules publish a {@link org.zhiben.notify.Notice} inside their
 * transaction; each channel is its own listener, so its own event publication: delivered after commit, never for a
 * rolled-back change, kept incomplete on failure and resubmitted by a scheduled job. A delivery log, unique per notice,
 * channel and target, keeps a resubmission from sending anything twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package org.zhiben.notify;
