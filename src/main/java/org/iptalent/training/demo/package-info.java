/**
 * The training module's demo data: programs, classes of the demo's bases over 2021 to 2025 and a few open ones,
 * their trainees, attendance, completion and certificates.
 */
package org.iptalent.training.demo;
