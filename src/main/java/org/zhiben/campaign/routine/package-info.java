/**
 * The office's routine around a plan: monthly meetings with their agenda and minutes, filings, the yearly summary and
 * the evaluation report. Exposed so that the demo can hold the demo town's meetings.
 */
@org.springframework.modulith.NamedInterface("routine")
package org.zhiben.campaign.routine;
