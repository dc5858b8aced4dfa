/**
 * Think tanks: organisations of appointed experts (members as lead or member, dated), their research topics and the
 * reports they publish (a PDF or Word file each), kept by the administrators of their region and searched in Chinese
 * full text over report titles, abstracts and think-tank names.
 */
package org.iptalent.expert.thinktank;
