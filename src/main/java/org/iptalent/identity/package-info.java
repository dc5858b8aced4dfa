/**
 * Identity and access: accounts, roles and region scope, form login with lockout, forced password
 * change and a second factor, bearer tokens for the API, the password policy, separation of duties,
 * and user management limited to the administrator's own region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.iptalent.identity;
