/**
 * Named teams of experts with a target size and their dated membership: the trademark examination "expert" team the
 * plan counts toward 100 ({@code expert.trademark-examination-team}).
 */
package org.iptalent.expert.team;
