/**
 * Arabic demo data for a fresh installation: departments, staff accounts and beneficiaries of every
 * segment, the services catalog and a first day's requests, so that a newcomer sees a living registry.
 * Off with SILAH_DEMO_DATA=false.
 */
package sa.silah.demo;
