/**
 * Inbound channels that reach Silah on their own: the WhatsApp Cloud API webhook (messages onto the sender's
 * timeline, delivery statuses as events) and the queue of messages from senders no single beneficiary matches.
 */
package sa.silah.inbound;
