/** The programmes' measures for the plan's indicators. */
package org.iptalent.programme.indicators;
