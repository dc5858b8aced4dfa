/**
 * Public notices: an administration publishes a list of people (admitted experts, selected talents) for a period of
 * at least five days during which anyone, without signing in, may object to a listed person before the decision
 * becomes final. The publishing administration reads the objections and may dismiss one with a reason; callers ask
 * which of their entries stand objected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public notices")
package org.iptalent.publicnotice;
