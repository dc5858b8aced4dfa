/**
 * The shared kernel: the base entity, region codes and region scope, the current user, and the
 * exceptions every module maps to problem details. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.iptalent.shared;
