/**
 * Training's side of a talent merge: the duplicate's enrollments, rotation memberships, nominations, survey
 * invitations and follow-ups become the survivor's ({@link org.iptalent.registry.TalentReferences}).
 */
package org.iptalent.training.merge;
