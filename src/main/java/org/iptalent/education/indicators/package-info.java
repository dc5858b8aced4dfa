/** The degree programmes' and academies' measures for the plan's indicators. */
package org.iptalent.education.indicators;
