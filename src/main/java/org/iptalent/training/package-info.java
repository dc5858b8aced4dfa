/**
 * Training: the training bases and their annual assessment, progressive programs and their classes, enrollment
 * (self-enrollment with a waiting list, assignment of a cohort, rotation campaigns, nominated classes),
 * attendance and completion, satisfaction surveys and the evaluation of training effect. Certificates are the
 * certificate module's; notices go through the notification module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.iptalent.training;
