/**
 * Counts of people shown to someone who may not see the people: {@link org.iptalent.platform.disclosure.SmallCounts},
 * the one threshold and cell rule for every table that does so (an employer's supply, the published annual report).
 */
@org.springframework.modulith.NamedInterface("disclosure")
package org.iptalent.platform.disclosure;
