/**
 * Arabic demo data for a fresh installation: departments, staff accounts and beneficiaries of every
 * segment, the services catalog, a first day's requests, letters about them and WhatsApp messages from
 * unknown numbers, a knowledge library of documents, FAQ and canned answers, and needs assessments of most
 * individuals at every level, so that a newcomer sees a living registry.
 * Off with SILAH_DEMO_DATA=false.
 */
package sa.silah.demo;
