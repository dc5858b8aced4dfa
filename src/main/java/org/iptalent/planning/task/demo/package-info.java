/** The demo's progress reports on the plans' tasks. */
package org.iptalent.planning.task.demo;
