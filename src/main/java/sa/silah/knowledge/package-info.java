/**
 * The knowledge library (المكتبة المعرفية): the association's bylaws, annual plans and reports, policies and
 * guides with their versions and extracted text, FAQ entries and canned answers, and one Arabic-aware search over
 * all of them, for officers answering inquiries and, for what is public, for everyone.
 */
package sa.silah.knowledge;
