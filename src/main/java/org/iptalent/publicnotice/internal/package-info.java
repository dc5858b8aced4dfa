/** The notices, their entries and objections, and the rules that guard them. */
package org.iptalent.publicnotice.internal;
