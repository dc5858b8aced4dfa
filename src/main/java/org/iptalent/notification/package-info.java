/**
 * Notifications: a notice lands in a user's in-app inbox (the unread count is in the page header) and, when it
 * asks for it and an SMTP server is configured, is e-mailed after its transaction commits. Every module sends
 * through {@link org.iptalent.notification.Notifications}; scheduled reminders run on one node at a time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.iptalent.notification;
