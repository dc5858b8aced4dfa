/**
 * The web shell every module's pages share: the layout's model, the error pages and API problems, the pager's links
 * ({@link org.iptalent.platform.web.PageLinks}), and how a form shows a rule's refusal
 * ({@link org.iptalent.platform.web.FormRefusals} and {@link org.iptalent.platform.web.Refusal}, with the fragments
 * in {@code templates/fragments/forms.html}), which other modules' controllers use.
 */
@org.springframework.modulith.NamedInterface("web")
package org.iptalent.platform.web;
