/**
 * Casework: requests (معاملات) of every kind and channel, handled in the policy's four steps, with their
 * status workflow, due times kept on the business calendar, the contact timeline, attachments, routing to
 * departments and the SLA watch.
 */
package sa.silah.casework;
