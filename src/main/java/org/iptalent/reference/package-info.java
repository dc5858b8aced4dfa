/**
 * Reference data: GB/T 2260 divisions, GB/T 4754-2017 industries, IPC sections and classes, and the
 * plan's taxonomies. Loaded from the code lists shipped in {@code resources/reference}, read-only,
 * held in memory. {@link org.iptalent.reference.ReferenceData} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.iptalent.reference;
