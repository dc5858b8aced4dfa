/**
 * Experts and think tanks: the classified expert pool (each expert a talent of the registry, appointed for a term,
 * with categories of the pool's own taxonomy, IPC classes and duties), conflicts and leave, the credit record and
 * blacklist, random draws with avoidance that anyone with audit rights can replay, engagements and their evaluation,
 * and teams with a target size (the trademark examination "expert" team), which feed the plan's indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experts")
package org.iptalent.expert;
