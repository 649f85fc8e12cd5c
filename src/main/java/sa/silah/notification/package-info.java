/**
 * Notifications: every message to a beneficiary (SMS, email, WhatsApp) or to staff (email and the in-app
 * list) is a stored row created with the request event that caused it and sent after the commit, retried
 * with backoff, from templates administrators edit.
 */
package sa.silah.notification;
