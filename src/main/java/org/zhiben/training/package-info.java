/**
 * Training, exams, certificates and drills (S12, S13; DOMAIN §10): the people register of each enterprise (一人一档)
 * with the hours credited and the gap against the rules that apply to each person, certificates with review and
 * expiry reminders (an uncertified special operator is proposed to the hazard module as a 工贸 major hazard), the
 * question bank and exams (the 三违 return-to-duty gate), drills and their compliance windows, and the officials'
 * coverage figures offered as live metrics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.zhiben.training;
